package uk.caseview.stubs.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Problems;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.http.StubJson;
import uk.caseview.stubs.state.Classroom;
import uk.caseview.stubs.state.Session;
import uk.caseview.stubs.worklist.Caseload;
import uk.caseview.stubs.worklist.CaseloadHolder;
import uk.caseview.stubs.worklist.Worklist;
import uk.caseview.stubs.worklist.WorklistQuery;

/**
 * The debt team's worklist: filters, sort and paging over the team caseload. Until the caseload is
 * built (seconds, once per server), a request waits at most {@link #HOLD} and is then answered 503
 * "preparing" with a Retry-After: well inside any client's read timeout, and something a client can
 * say in words and retry, where a request held for the whole build would time out as an error.
 */
public final class WorklistEndpoints {

    /** The problem type of "the worklist is being prepared; ask again after Retry-After". */
    public static final String TYPE_PREPARING = "https://caseview.example/problems/preparing";
    /**
     * Well short of the app tests' 1.5 s read timeout (and the SDK's 5 s default), leaving room for a
     * machine busy with the build itself.
     */
    static final Duration HOLD = Duration.ofMillis(300);
    /**
     * Retry-After is the build's own estimate, kept within 1-4 s: a second while the pace is unknown, so a
     * short build costs the first page little; longer when the build is slow, so a long one costs few asks
     * and a client's circuit breaker (the SDK's opens at 5 failures) rarely trips; and under the SDK's 5 s
     * limit on a Retry-After it will sit through.
     */
    static final long MIN_RETRY_AFTER_SECONDS = 1;
    static final long MAX_RETRY_AFTER_SECONDS = 4;

    private final CaseloadHolder caseload;
    private final Classroom classroom;
    private final LocalDate today;

    public WorklistEndpoints(CaseloadHolder caseload, Classroom classroom, LocalDate today) {
        this.caseload = caseload;
        this.classroom = classroom;
        this.today = today;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of("getDebtWorklist", this::page);
    }

    Reply page(RequestContext r) throws InterruptedException {
        String sort = r.query("sort") == null ? "-balance" : r.query("sort");
        Long min = longOrNull(r.query("minBalancePence"));
        Long max = longOrNull(r.query("maxBalancePence"));
        if (min != null && max != null && min > max) {
            throw ApiProblem.badRequest("minBalancePence", "Must not be more than maxBalancePence.");
        }
        WorklistQuery q = new WorklistQuery(
                enumOrNull(r.query("status"), DebtStatus.class),
                enumOrNull(r.query("type"), DebtType.class),
                enumOrNull(r.query("planStatus"), PlanStatus.class),
                min, max,
                r.query("minAgeDays") == null ? null : Integer.parseInt(r.query("minAgeDays")),
                r.query("nextActionDueBy") == null ? null : LocalDate.parse(r.query("nextActionDueBy")),
                WorklistQuery.sortOf(sort), sort.startsWith("-"),
                r.query("page") == null ? 0 : Integer.parseInt(r.query("page")),
                r.query("size") == null ? 100 : Integer.parseInt(r.query("size")));
        Caseload ready = caseload.awaitReady(HOLD);
        if (ready == null) {
            return Problems.reply(new Problem(TYPE_PREPARING, "Preparing the worklist", 503,
                    "The debt team's worklist is still being prepared; ask again in a few seconds.", null, List.of(),
                    null), new Reply.Header("Retry-After", Long.toString(retryAfterSeconds())));
        }
        Session session = classroom.existing(r.session());
        return Reply.json(200, new Worklist(ready, today).page(q,
                session == null ? Map.of() : session.changedRecords()));
    }

    private long retryAfterSeconds() {
        long estimate = (caseload.estimatedWait().toMillis() + 999) / 1000;
        return Math.clamp(estimate, MIN_RETRY_AFTER_SECONDS, MAX_RETRY_AFTER_SECONDS);
    }

    private static Long longOrNull(String v) {
        return v == null ? null : Long.parseLong(v);
    }

    /** The contract already checked the value is one of the enum's names. */
    private static <E extends Enum<E>> E enumOrNull(String v, Class<E> type) {
        return v == null ? null : StubJson.reader().convertValue(v, type);
    }
}
