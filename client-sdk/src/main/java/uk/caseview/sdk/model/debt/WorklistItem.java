package uk.caseview.sdk.model.debt;

import java.time.LocalDate;

public record WorklistItem(
        String debtId,
        String nino,
        DebtType type,
        DebtStatus status,
        PlanStatus planStatus,
        long outstandingPence,
        LocalDate raisedOn,
        int ageDays,
        LocalDate nextActionDue) {

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "WorklistItem[" + debtId + ", redacted]";
    }
}
