package uk.caseview.stubs.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.http.StubJson;
import uk.caseview.stubs.state.CaseData;
import uk.caseview.stubs.state.Session;

/**
 * Agreeing a repayment plan: replaces the debt's plan, bumps its version, and moves the benefit
 * deduction so the award panel agrees with the debt panel. The ledger does not change: a plan is a
 * promise about future payments, not a payment.
 */
public final class DebtWriteEndpoints {

    /** Benefits nothing is deducted from. */
    static final Set<String> NOT_DEDUCTIBLE = Set.of("child_benefit", "pip", "attendance_allowance");

    private final CaseData data;
    private final LocalDate today;

    public DebtWriteEndpoints(CaseData data, LocalDate today) {
        this.data = data;
        this.today = today;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of("agreeRepaymentPlan", this::agreePlan);
    }

    Reply agreePlan(RequestContext r) {
        String debtId = r.path("debtId");
        String nino = data.ninoOfDebt(debtId);
        Session session = data.classroom().forWrite(r.session());
        CitizenRecord record = data.requireForWrite(session, nino);
        Debt debt = record.debts().stream().filter(d -> d.debtId().equals(debtId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No debt has this id."));
        String ifMatch = r.header("If-Match");
        if (ifMatch != null && !Etags.matches(ifMatch, debt.version())) {
            throw ApiProblem.conflict(412, "The debt changed since you loaded it; review the current plan and try "
                    + "again.", StubJson.writer().valueToTree(debt));
        }
        if (debt.outstandingPence() == 0 || debt.status() == DebtStatus.WRITTEN_OFF) {
            throw ApiProblem.conflict(409, "There is nothing left to repay on this debt.",
                    StubJson.writer().valueToTree(debt));
        }
        RepaymentPlanRequest request = r.body(RepaymentPlanRequest.class);
        if (request.startDate().isBefore(today)) {
            throw ApiProblem.badRequest("startDate", "Must be today or later.");
        }
        List<Award> awards = record.awards();
        if (request.method() == RecoveryMethod.BENEFIT_DEDUCTION) {
            Award from = deductibleAward(awards, debtId);
            if (from == null) {
                throw ApiProblem.conflict(409, "There is no live award to deduct from; agree a direct payment plan "
                        + "instead.", null);
            }
            if (from.frequency() != request.frequency()) {
                throw ApiProblem.badRequest("frequency", "Deductions follow the award's payment cycle: use "
                        + from.frequency().name().toLowerCase(java.util.Locale.ROOT) + ".");
            }
            awards = moveDeduction(awards, from.awardId(), debt, request.instalmentPence());
        } else {
            awards = moveDeduction(awards, null, debt, 0);
        }
        RepaymentPlan plan = new RepaymentPlan(
                "P" + debtId.substring(1) + "-" + (debt.version() + 1), request.instalmentPence(),
                request.frequency(), request.method(), request.startDate(),
                projectedEnd(request.startDate(), request.frequency(), debt.outstandingPence(),
                        request.instalmentPence()),
                request.startDate(), PlanStatus.ACTIVE, 0, request.hardshipReason());
        Debt updated = new Debt(debt.debtId(), debt.nino(), debt.type(), debt.benefit(), debt.reason(),
                debt.originalPence(), debt.outstandingPence(), request.method(), DebtStatus.ACTIVE, debt.raisedOn(),
                plan, debt.version() + 1);
        List<Debt> debts = record.debts().stream().map(d -> d.debtId().equals(debtId) ? updated : d).toList();
        session.put(nino, record.withDebts(debts).withAwards(awards));
        return Reply.json(200, updated, Etags.header(updated.version()));
    }

    /** The live award already deducting this debt, or else the first live award that can take deductions. */
    private static Award deductibleAward(List<Award> awards, String debtId) {
        for (Award a : awards) {
            if (a.status() == Award.Status.LIVE && a.deductions().stream().anyMatch(d -> debtId.equals(d.debtId()))) {
                return a;
            }
        }
        return awards.stream().filter(a -> a.status() == Award.Status.LIVE && !NOT_DEDUCTIBLE.contains(a.benefit()))
                .findFirst().orElse(null);
    }

    /** Removes this debt's deduction everywhere and, if {@code toAwardId} is given, adds it there. */
    private static List<Award> moveDeduction(List<Award> awards, String toAwardId, Debt debt, long amount) {
        List<Award> out = new ArrayList<>();
        for (Award a : awards) {
            List<Deduction> deductions = new ArrayList<>(a.deductions().stream()
                    .filter(d -> !debt.debtId().equals(d.debtId())).toList());
            if (a.awardId().equals(toAwardId)) {
                deductions.add(new Deduction(debt.reason() == null ? "Debt recovery" : debt.reason(), amount,
                        debt.debtId()));
            }
            out.add(new Award(a.awardId(), a.benefit(), a.benefitName(), a.status(), a.startDate(), a.endDate(),
                    a.amountPence(), a.frequency(), a.nextPaymentDate(), deductions, a.recentPayments()));
        }
        return out;
    }

    static LocalDate projectedEnd(LocalDate first, Frequency frequency, long outstanding, long instalment) {
        long periods = Math.max(0, (outstanding + instalment - 1) / instalment - 1);
        return switch (frequency) {
            case WEEKLY -> first.plusWeeks(periods);
            case FORTNIGHTLY -> first.plusWeeks(2 * periods);
            case FOUR_WEEKLY -> first.plusWeeks(4 * periods);
            default -> first.plusMonths(periods);
        };
    }
}
