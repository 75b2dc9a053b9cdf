package uk.caseview.ui.earnings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;

final class EarningsSamples {

    /** RecordingPanelContext's clock reads 2 Jun 2025. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private EarningsSamples() {}

    /** A monthly job paid on the 25th since Jan 2024, and a weekly job paid Fridays since Mar 2025. */
    static Earnings twoEmployers() {
        List<PayPeriod> monthly = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 25); d.isBefore(TODAY); d = d.plusMonths(1)) {
            monthly.add(new PayPeriod(d, "2024-25", 150000, 140000, 18000, 6000, null));
        }
        List<PayPeriod> weekly = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 3, 7); d.isBefore(TODAY); d = d.plusWeeks(1)) {
            weekly.add(new PayPeriod(d, "2025-26", 20000, 20000, 0, 0, 16));
        }
        return new Earnings("ZX000001A", LocalDate.of(2024, 1, 1), TODAY, List.of(
                new Employment("Greggs plc", "123/AB456", Frequency.MONTHLY, LocalDate.of(2023, 12, 1), null, false, monthly),
                new Employment("Tesco Stores", "456/CD789", Frequency.WEEKLY, LocalDate.of(2025, 3, 1), null, true, weekly)),
                List.of(new EarningsAlert(EarningsAlert.Type.ABOVE_THRESHOLD, LocalDate.of(2025, 4, 30), 200000L,
                        230000L, "456/CD789", null)));
    }

    /** {@link #twoEmployers()} as the earnings API answers for a window starting at {@code from}: Greggs pay back to then. */
    static Earnings twoEmployersSince(LocalDate from) {
        Earnings recent = twoEmployers();
        Employment greggs = recent.employments().get(0);
        List<PayPeriod> monthly = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 25).minusMonths(1); !d.isBefore(from); d = d.minusMonths(1)) {
            monthly.add(new PayPeriod(d, "2023-24", 140000, 130000, 16000, 5000, null));
        }
        monthly.addAll(greggs.periods());
        return new Earnings(recent.nino(), from, TODAY, List.of(
                new Employment(greggs.employerName(), greggs.payeReference(), greggs.payFrequency(), from, null, false,
                        monthly),
                recent.employments().get(1)), recent.alerts());
    }

    /** Ten years of weekly pay: 520 submissions. */
    static Earnings tenYearsWeekly() {
        List<PayPeriod> weekly = new ArrayList<>();
        LocalDate d = TODAY.minusWeeks(520);
        for (int i = 0; i < 520; i++) {
            d = d.plusWeeks(1);
            weekly.add(new PayPeriod(d, "x", 30000 + i, 30000, 1000, 500, 20));
        }
        return new Earnings("ZX000001A", null, null,
                List.of(new Employment("Long Job Ltd", "999/ZZ1", Frequency.WEEKLY, null, null, false, weekly)), List.of());
    }
}
