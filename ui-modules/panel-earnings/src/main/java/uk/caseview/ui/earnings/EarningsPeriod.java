package uk.caseview.ui.earnings;

import java.time.LocalDate;
import java.time.YearMonth;

/** The period picker's choices, counted in whole calendar months back from this one. */
enum EarningsPeriod {
    LAST_3_MONTHS("Last 3 months", 3),
    LAST_6_MONTHS("Last 6 months", 6),
    LAST_12_MONTHS("Last 12 months", 12),
    LAST_24_MONTHS("Last 2 years", 24),
    ALL("Everything held", 0);

    private final String label;
    private final int months;

    EarningsPeriod(String label, int months) {
        this.label = label;
        this.months = months;
    }

    /** The first month shown, or null for everything. */
    YearMonth firstMonth(LocalDate today) {
        return months == 0 ? null : YearMonth.from(today).minusMonths(months - 1L);
    }

    /**
     * The first pay date the period needs. "Everything held" asks for ten years, as far back as
     * RTI histories in Caseview go.
     */
    LocalDate firstDay(LocalDate today) {
        YearMonth first = firstMonth(today);
        return first == null ? today.minusYears(10) : first.atDay(1);
    }

    @Override
    public String toString() {
        return label;
    }
}
