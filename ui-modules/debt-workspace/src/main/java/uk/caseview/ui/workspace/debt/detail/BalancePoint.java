package uk.caseview.ui.workspace.debt.detail;

import java.time.LocalDate;

/** The debt on one day: its balance at the end of the day and everything recovered up to then. */
public record BalancePoint(LocalDate date, long balancePence, long recoveredToDatePence) {}
