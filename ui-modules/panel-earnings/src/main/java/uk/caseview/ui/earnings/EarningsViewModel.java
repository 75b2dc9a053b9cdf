package uk.caseview.ui.earnings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.Labels;
import uk.caseview.ui.format.Money;

/** Turns the RTI feed into the picked period's rows, monthly totals and alerts. */
final class EarningsViewModel {

    private EarningsViewModel() {}

    /** Newest first, within the period. */
    static List<PayRow> rows(Earnings earnings, EarningsPeriod period, LocalDate today) {
        YearMonth first = period.firstMonth(today);
        List<PayRow> rows = new ArrayList<>();
        for (Employment e : earnings.employments()) {
            for (PayPeriod p : e.periods()) {
                if (first == null || !YearMonth.from(p.payDate()).isBefore(first)) {
                    rows.add(new PayRow(e.employerName(), e.payeReference(), p));
                }
            }
        }
        rows.sort(Comparator.comparing((PayRow r) -> r.period().payDate()).reversed());
        return rows;
    }

    static MonthlyEarnings monthly(Earnings earnings, EarningsPeriod period, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = period.firstMonth(today);
        if (first == null) {
            first = earnings.employments().stream().flatMap(e -> e.periods().stream())
                    .map(p -> YearMonth.from(p.payDate())).min(Comparator.naturalOrder()).orElse(last);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<String, long[]> byEmployer = new LinkedHashMap<>();
        long[] totals = new long[months.size()];
        for (Employment e : earnings.employments()) {
            long[] gross = new long[months.size()];
            boolean any = false;
            for (PayPeriod p : e.periods()) {
                int index = (int) (YearMonth.from(p.payDate()).getYear() * 12L + YearMonth.from(p.payDate()).getMonthValue()
                        - (first.getYear() * 12L + first.getMonthValue()));
                if (index >= 0 && index < months.size()) {
                    gross[index] += p.grossPence();
                    totals[index] += p.grossPence();
                    any = true;
                }
            }
            if (any) {
                byEmployer.merge(e.employerName(), gross, EarningsViewModel::add);
            }
        }
        long highest = 0;
        for (long t : totals) {
            highest = Math.max(highest, t);
        }
        return new MonthlyEarnings(months, largestWithTheRestTogether(byEmployer), highest);
    }

    /** Employers the chart draws apart; more share colours (the palette has eight) and crowd the key. */
    static final int EMPLOYERS_DRAWN_APART = 6;

    /**
     * Up to {@link #EMPLOYERS_DRAWN_APART} employers as they are; with more, the five who paid most
     * in the period keep their place and the rest are added together as "N other employers". (A
     * record with ten agencies drew ten colours from eight, two of them twice, under a key of four
     * rows.) The pay table still lists every employer.
     */
    static Map<String, long[]> largestWithTheRestTogether(Map<String, long[]> byEmployer) {
        if (byEmployer.size() <= EMPLOYERS_DRAWN_APART) {
            return byEmployer;
        }
        int kept = EMPLOYERS_DRAWN_APART - 1;
        List<String> largest = byEmployer.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> Arrays.stream(e.getValue()).sum())
                        .reversed())
                .limit(kept)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, long[]> drawn = new LinkedHashMap<>();
        long[] rest = null;
        for (Map.Entry<String, long[]> e : byEmployer.entrySet()) {
            if (largest.contains(e.getKey())) {
                drawn.put(e.getKey(), e.getValue());
            } else {
                rest = rest == null ? e.getValue().clone() : add(rest, e.getValue());
            }
        }
        drawn.put((byEmployer.size() - kept) + " other employers", rest);
        return drawn;
    }

    static List<EarningsAlert> alerts(Earnings earnings, EarningsPeriod period, LocalDate today) {
        YearMonth first = period.firstMonth(today);
        return earnings.alerts().stream()
                .filter(a -> first == null || a.raisedOn() == null || !YearMonth.from(a.raisedOn()).isBefore(first))
                .sorted(Comparator.comparing(EarningsAlert::raisedOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Distinct thresholds among the alerts, drawn as lines across the chart. */
    static List<Long> thresholds(List<EarningsAlert> alerts) {
        return alerts.stream().map(EarningsAlert::thresholdPence).filter(t -> t != null && t > 0).distinct().sorted()
                .toList();
    }

    static String alertTitle(EarningsAlert alert) {
        return Labels.humanise(alert.type());
    }

    /** "12 Mar 2025: £1,900.00 against a £1,500.00 threshold". */
    static String alertDetail(EarningsAlert alert) {
        StringBuilder sb = new StringBuilder(Dates.format(alert.raisedOn()));
        if (alert.message() != null && !alert.message().isBlank()) {
            sb.append(": ").append(alert.message());
        } else if (alert.amountPence() != null && alert.thresholdPence() != null) {
            sb.append(": ").append(Money.format(alert.amountPence())).append(" against a ")
                    .append(Money.format(alert.thresholdPence())).append(" threshold");
        }
        return sb.toString();
    }

    /** What the panel says when no employer reported pay in the chosen period. */
    static String noPay(EarningsPeriod period) {
        return period == EarningsPeriod.ALL
                ? "No pay reported by any employer in the RTI history held."
                : "No pay reported by any employer in the " + period.toString().toLowerCase(java.util.Locale.UK) + ".";
    }

    /** "£14,200.00 gross over 12 months from 2 employers". */
    static String summary(List<PayRow> rows, EarningsPeriod period) {
        long gross = rows.stream().mapToLong(r -> r.period().grossPence()).sum();
        long employers = rows.stream().map(PayRow::payeReference).distinct().count();
        if (rows.isEmpty()) {
            return "No pay reported";
        }
        return Money.format(gross) + " gross, " + employers + " employer" + (employers == 1 ? "" : "s");
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }
}
