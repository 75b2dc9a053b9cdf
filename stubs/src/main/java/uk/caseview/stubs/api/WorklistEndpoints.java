package uk.caseview.stubs.api;

import java.time.LocalDate;
import java.util.Map;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.http.StubJson;
import uk.caseview.stubs.state.Classroom;
import uk.caseview.stubs.state.Session;
import uk.caseview.stubs.worklist.CaseloadHolder;
import uk.caseview.stubs.worklist.Worklist;
import uk.caseview.stubs.worklist.WorklistQuery;

/** The debt team's worklist: filters, sort and paging over the team caseload. */
public final class WorklistEndpoints {

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

    Reply page(RequestContext r) {
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
        Session session = classroom.existing(r.session());
        return Reply.json(200, new Worklist(caseload.get(), today).page(q,
                session == null ? Map.of() : session.changedRecords()));
    }

    private static Long longOrNull(String v) {
        return v == null ? null : Long.parseLong(v);
    }

    /** The contract already checked the value is one of the enum's names. */
    private static <E extends Enum<E>> E enumOrNull(String v, Class<E> type) {
        return v == null ? null : StubJson.reader().convertValue(v, type);
    }
}
