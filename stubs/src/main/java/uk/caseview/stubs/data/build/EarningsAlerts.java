package uk.caseview.stubs.data.build;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;

/**
 * Derives RTI alerts from pay history, the way the earnings service raises them: when a calendar
 * month's total gross pay crosses the threshold (either way), when a new employer starts paying,
 * and when an employment ends.
 */
public final class EarningsAlerts {

    /** Universal Credit's administrative earnings threshold for a single claimant, per month. */
    public static final long DEFAULT_MONTHLY_THRESHOLD_PENCE = 89_200;

    private EarningsAlerts() {}

    public static List<EarningsAlert> derive(List<Employment> employments, long monthlyThresholdPence) {
        List<EarningsAlert> alerts = new ArrayList<>();
        TreeMap<YearMonth, long[]> months = new TreeMap<>();
        TreeMap<YearMonth, LocalDate> lastPayDate = new TreeMap<>();
        for (Employment e : employments) {
            for (PayPeriod p : e.periods()) {
                YearMonth m = YearMonth.from(p.payDate());
                months.computeIfAbsent(m, k -> new long[1])[0] += p.grossPence();
                lastPayDate.merge(m, p.payDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Boolean wasAbove = null;
        YearMonth previous = null;
        for (var entry : months.entrySet()) {
            YearMonth m = entry.getKey();
            long total = entry.getValue()[0];
            // Fill months with no pay at all as zero, so that a job ending shows as a fall.
            if (previous != null && wasAbove && previous.plusMonths(1).isBefore(m)) {
                YearMonth gap = previous.plusMonths(1);
                alerts.add(threshold(EarningsAlert.Type.BELOW_THRESHOLD, gap.atEndOfMonth(), gap, 0,
                        monthlyThresholdPence));
                wasAbove = false;
            }
            boolean above = total >= monthlyThresholdPence;
            if (wasAbove != null && above != wasAbove) {
                alerts.add(threshold(above ? EarningsAlert.Type.ABOVE_THRESHOLD : EarningsAlert.Type.BELOW_THRESHOLD,
                        lastPayDate.get(m), m, total, monthlyThresholdPence));
            }
            wasAbove = above;
            previous = m;
        }
        LocalDate firstPay = months.isEmpty() ? null : lastPayDate.firstEntry().getValue();
        for (Employment e : employments) {
            if (!e.periods().isEmpty() && firstPay != null && e.startDate().isAfter(firstPay)) {
                alerts.add(new EarningsAlert(EarningsAlert.Type.NEW_EMPLOYER, e.periods().getFirst().payDate(), null,
                        null, e.payeReference(), "First RTI submission from " + e.employerName() + "."));
            }
            if (e.endDate() != null) {
                alerts.add(new EarningsAlert(EarningsAlert.Type.EMPLOYMENT_ENDED, e.endDate(), null, null,
                        e.payeReference(), e.employerName() + " reported a leaving date."));
            }
        }
        alerts.sort(Comparator.comparing(EarningsAlert::raisedOn).reversed());
        return alerts;
    }

    private static EarningsAlert threshold(EarningsAlert.Type type, LocalDate raisedOn, YearMonth month, long total,
            long threshold) {
        String when = month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
        String direction = type == EarningsAlert.Type.BELOW_THRESHOLD ? "below" : "above";
        return new EarningsAlert(type, raisedOn, threshold, total, null,
                "Earnings for " + when + " were " + Money.format(total) + ", " + direction + " the "
                        + Money.format(threshold) + " monthly threshold.");
    }
}
