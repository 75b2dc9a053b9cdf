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
        LocalDate nextActionDue) {}
