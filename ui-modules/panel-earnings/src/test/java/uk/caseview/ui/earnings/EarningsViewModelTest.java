package uk.caseview.ui.earnings;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.ui.earnings.EarningsSamples.TODAY;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EarningsViewModelTest {

    @Test
    void rowsAreNewestFirstAndLimitedToThePeriod() {
        var rows = EarningsViewModel.rows(EarningsSamples.twoEmployers(), EarningsPeriod.LAST_3_MONTHS, TODAY);
        assertThat(rows).allSatisfy(r -> assertThat(r.period().payDate()).isAfterOrEqualTo(TODAY.withDayOfMonth(1).minusMonths(2)));
        assertThat(rows.get(0).period().payDate()).isEqualTo(java.time.LocalDate.of(2025, 5, 30));
        assertThat(EarningsViewModel.rows(EarningsSamples.twoEmployers(), EarningsPeriod.ALL, TODAY)).hasSize(17 + 13);
    }

    @Test
    void monthlyTotalsAddEveryPayDateInTheMonthExactly() {
        MonthlyEarnings m = EarningsViewModel.monthly(EarningsSamples.twoEmployers(), EarningsPeriod.LAST_6_MONTHS, TODAY);
        assertThat(m.months()).first().isEqualTo(YearMonth.of(2025, 1));
        assertThat(m.months()).last().isEqualTo(YearMonth.of(2025, 6));
        assertThat(m.grossByEmployer().keySet()).containsExactly("Greggs plc", "Tesco Stores");
        // May 2025 has five Fridays: 2, 9, 16, 23, 30.
        assertThat(m.grossByEmployer().get("Tesco Stores")[4]).isEqualTo(5 * 20000);
        assertThat(m.grossByEmployer().get("Greggs plc")[4]).isEqualTo(150000);
        assertThat(m.grossByEmployer().get("Greggs plc")[5]).isZero(); // June not yet paid
        assertThat(m.highestMonthPence()).isEqualTo(250000);
    }

    /**
     * Ten employers (as the large training record has): the five who paid most keep their own
     * colour, in their place, and the other five are one series whose months add up exactly.
     */
    @Test
    void moreThanSixEmployersDrawTheFiveLargestAndTheRestTogether() {
        java.util.Map<String, long[]> ten = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            ten.put("Agency " + (char) ('A' + i), new long[] {1000L * (i + 1), 7L * i});
        }
        var drawn = EarningsViewModel.largestWithTheRestTogether(ten);
        assertThat(drawn.keySet()).containsExactly("Agency F", "Agency G", "Agency H", "Agency I", "Agency J",
                "5 other employers");
        // A to E: 1000 + 2000 + ... + 5000 in the first month, 7 x (0 + 1 + 2 + 3 + 4) in the second.
        assertThat(drawn.get("5 other employers")).containsExactly(15000L, 70L);
        assertThat(ten.get("Agency A")).as("the input is left alone").containsExactly(1000L, 0L);

        java.util.Map<String, long[]> six = new java.util.LinkedHashMap<>(ten);
        six.keySet().retainAll(java.util.List.of("Agency A", "Agency B", "Agency C", "Agency D", "Agency E", "Agency F"));
        assertThat(EarningsViewModel.largestWithTheRestTogether(six)).isSameAs(six);
    }

    @Test
    void alertsAndThresholdsFollowThePeriod() {
        var alerts = EarningsViewModel.alerts(EarningsSamples.twoEmployers(), EarningsPeriod.LAST_3_MONTHS, TODAY);
        assertThat(alerts).hasSize(1);
        assertThat(EarningsViewModel.thresholds(alerts)).containsExactly(200000L);
        assertThat(EarningsViewModel.alertDetail(alerts.get(0)))
                .isEqualTo("30 Apr 2025: £2,300.00 against a £2,000.00 threshold");
        assertThat(EarningsViewModel.alertTitle(alerts.get(0))).isEqualTo("Above threshold");
    }

    @Test
    void aTickStepIsRound() {
        assertThat(EarningsChart.niceStep(250000)).isEqualTo(50000);
        assertThat(EarningsChart.niceStep(0)).isEqualTo(100);
        assertThat(EarningsChart.niceStep(1_234_567)).isEqualTo(500000);
    }
}
