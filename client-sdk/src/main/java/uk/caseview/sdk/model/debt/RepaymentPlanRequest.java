package uk.caseview.sdk.model.debt;

import java.time.LocalDate;
import uk.caseview.sdk.model.Frequency;

public record RepaymentPlanRequest(
        long instalmentPence, Frequency frequency, LocalDate startDate, RecoveryMethod method, String hardshipReason) {}
