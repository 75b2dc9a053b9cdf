package uk.caseview.sdk.repayment;

import java.time.LocalDate;

/** One row of a schedule: instalment {@code number} (from 1), when it is due, and what is left after it. */
public record ScheduledInstalment(int number, LocalDate dueDate, long amountPence, long balanceAfterPence) {}
