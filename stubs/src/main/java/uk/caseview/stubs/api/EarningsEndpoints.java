package uk.caseview.stubs.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;
import uk.caseview.stubs.data.CitizenData;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.state.CaseData;

/** The earnings (HMRC RTI) API: pay periods and alerts inside a window of pay dates. */
public final class EarningsEndpoints {

    private final CaseData data;
    private final LocalDate today;

    public EarningsEndpoints(CaseData data, LocalDate today) {
        this.data = data;
        this.today = today;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of("getEarnings", this::getEarnings);
    }

    Reply getEarnings(RequestContext r) {
        LocalDate to = r.query("to") == null ? today : LocalDate.parse(r.query("to"));
        LocalDate from = r.query("from") == null ? to.minusMonths(12) : LocalDate.parse(r.query("from"));
        if (from.isAfter(to)) {
            throw ApiProblem.badRequest("from", "Must not be after 'to'.");
        }
        return data.read(r.session(), r.path("nino"), r.target(), () -> Reply.json(200,
                window(r.path("nino"), data.require(r.session(), r.path("nino")), from, to)));
    }

    static Earnings window(String nino, CitizenData citizen, LocalDate from, LocalDate to) {
        List<Employment> employments = new ArrayList<>();
        for (Employment e : citizen.employments()) {
            List<PayPeriod> periods = e.periods().stream()
                    .filter(p -> !p.payDate().isBefore(from) && !p.payDate().isAfter(to))
                    .toList();
            boolean overlaps = !e.startDate().isAfter(to) && (e.endDate() == null || !e.endDate().isBefore(from));
            if (!periods.isEmpty() || overlaps) {
                employments.add(new Employment(e.employerName(), e.payeReference(), e.payFrequency(), e.startDate(),
                        e.endDate(), e.zeroHours(), periods));
            }
        }
        List<EarningsAlert> alerts = citizen.alerts().stream()
                .filter(a -> !a.raisedOn().isBefore(from) && !a.raisedOn().isAfter(to))
                .toList();
        return new Earnings(nino, from, to, employments, alerts);
    }
}
