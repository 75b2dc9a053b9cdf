package uk.caseview.sdk.repayment;

import java.time.LocalDate;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;

/**
 * What a caseworker has typed into the plan builder: everything the schedule is computed from.
 *
 * @param otherDeductionsMonthlyPence deductions already taken from the same benefit for other
 *     debts, which share the cap with this plan; 0 for a direct-payment plan
 * @param circumstance the standard allowance band the cap is worked out from; needed only for
 *     recovery by benefit deduction
 */
public record PlanTerms(
        long balancePence,
        long instalmentPence,
        Frequency frequency,
        LocalDate startDate,
        RecoveryMethod method,
        Circumstance circumstance,
        long otherDeductionsMonthlyPence,
        boolean reducedForHardship,
        String hardshipReason) {

    public PlanTerms withInstalment(long pence) {
        return new PlanTerms(balancePence, pence, frequency, startDate, method, circumstance,
                otherDeductionsMonthlyPence, reducedForHardship, hardshipReason);
    }

    public PlanTerms withFrequency(Frequency f) {
        return new PlanTerms(balancePence, instalmentPence, f, startDate, method, circumstance,
                otherDeductionsMonthlyPence, reducedForHardship, hardshipReason);
    }

    public PlanTerms withStartDate(LocalDate d) {
        return new PlanTerms(balancePence, instalmentPence, frequency, d, method, circumstance,
                otherDeductionsMonthlyPence, reducedForHardship, hardshipReason);
    }

    public PlanTerms withMethod(RecoveryMethod m) {
        return new PlanTerms(balancePence, instalmentPence, frequency, startDate, m, circumstance,
                otherDeductionsMonthlyPence, reducedForHardship, hardshipReason);
    }

    public PlanTerms withHardship(boolean reduced, String reason) {
        return new PlanTerms(balancePence, instalmentPence, frequency, startDate, method, circumstance,
                otherDeductionsMonthlyPence, reduced, reason);
    }

    public boolean byDeduction() {
        return method == RecoveryMethod.BENEFIT_DEDUCTION;
    }

    /** The body of {@code PUT /debt/v1/debts/{id}/repayment-plan}; a reason is sent only with a reduced rate. */
    public RepaymentPlanRequest toRequest() {
        String reason = reducedForHardship && hardshipReason != null ? hardshipReason.strip() : null;
        return new RepaymentPlanRequest(instalmentPence, frequency, startDate, method, reason);
    }

    /** The hardship reason is free text about a person's life: it never reaches a log. */
    @Override
    public String toString() {
        return "PlanTerms[balance=" + balancePence + ", instalment=" + instalmentPence + ", frequency=" + frequency
                + ", start=" + startDate + ", method=" + method + ", hardship=" + reducedForHardship + "]";
    }
}
