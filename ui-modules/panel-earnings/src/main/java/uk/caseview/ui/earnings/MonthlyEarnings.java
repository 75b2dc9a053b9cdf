package uk.caseview.ui.earnings;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Gross pay per employer per calendar month over the picked period: what the chart draws.
 * {@code grossByEmployer} keeps the employers in a stable order and each array is aligned with
 * {@code months}; months with no pay hold 0, so a gap in work shows as a gap.
 */
record MonthlyEarnings(List<YearMonth> months, Map<String, long[]> grossByEmployer, long highestMonthPence) {}
