package uk.caseview.sdk.model.debt;

import java.time.LocalDate;

/** One debt owed by a citizen; balances in pence. */
public record Debt(
        String debtId,
        String nino,
        DebtType type,
        String benefit,
        String reason,
        long originalPence,
        long outstandingPence,
        RecoveryMethod recoveryMethod,
        DebtStatus status,
        LocalDate raisedOn,
        RepaymentPlan repaymentPlan,
        long version) {

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Debt[" + debtId + ", redacted]";
    }
}
