package uk.caseview.sdk.model.debt;

import java.time.LocalDate;
import uk.caseview.sdk.model.Frequency;

public record RepaymentPlan(
        String planId,
        long instalmentPence,
        Frequency frequency,
        RecoveryMethod method,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate nextInstalmentDate,
        PlanStatus status,
        int missedPayments,
        String hardshipReason) {}
