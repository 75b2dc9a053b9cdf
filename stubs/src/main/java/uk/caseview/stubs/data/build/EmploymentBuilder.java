package uk.caseview.stubs.data.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;

/** Builds one employment's RTI history from a pay pattern. */
public final class EmploymentBuilder {

    /** The gross pay (and hours, for hourly work) of one pay period. */
    @FunctionalInterface
    public interface PayPattern {
        Pay pay(LocalDate payDate, int periodNumber, SplittableRandom rng);
    }

    public record Pay(long grossPence, Integer hours) {}

    private final String employerName;
    private final String payeReference;
    private final Frequency frequency;
    private final LocalDate startDate;
    private LocalDate endDate;
    private int cycleOffset;
    private int pensionPercent;
    private boolean zeroHours;
    private PayPattern pattern = (d, n, r) -> new Pay(0, null);

    public EmploymentBuilder(String employerName, String payeReference, Frequency frequency, LocalDate startDate) {
        this.employerName = employerName;
        this.payeReference = payeReference;
        this.frequency = frequency;
        this.startDate = startDate;
    }

    public EmploymentBuilder endDate(LocalDate end) {
        this.endDate = end;
        return this;
    }

    public EmploymentBuilder cycleOffset(int offset) {
        this.cycleOffset = offset;
        return this;
    }

    public EmploymentBuilder pensionPercent(int percent) {
        this.pensionPercent = percent;
        return this;
    }

    /** A steady salary with small period-to-period variation (overtime, unpaid leave). */
    public EmploymentBuilder salary(long annualPence, int wobblePercent) {
        long perPeriod = annualPence / frequency.perYear();
        this.pattern = (d, n, rng) -> {
            long wobble = wobblePercent == 0 ? 0 : perPeriod * (rng.nextInt(2 * wobblePercent + 1) - wobblePercent) / 100;
            return new Pay(Math.max(0, perPeriod + wobble), null);
        };
        return this;
    }

    /** Zero-hours: each period's hours drawn from min..max, with the odd period of no work at all. */
    public EmploymentBuilder zeroHours(long hourlyPence, int minHours, int maxHours, int idlePercent) {
        this.zeroHours = true;
        this.pattern = (d, n, rng) -> {
            int hours = rng.nextInt(100) < idlePercent ? 0 : minHours + rng.nextInt(maxHours - minHours + 1);
            return new Pay(hours * hourlyPence, hours);
        };
        return this;
    }

    public EmploymentBuilder pattern(PayPattern custom, boolean isZeroHours) {
        this.pattern = custom;
        this.zeroHours = isZeroHours;
        return this;
    }

    /** Pay periods from the later of start and {@code historyFrom}, up to the earlier of end and today. */
    public Employment build(LocalDate historyFrom, LocalDate today, SplittableRandom rng) {
        LocalDate from = startDate.isAfter(historyFrom) ? startDate : historyFrom;
        LocalDate to = endDate != null && endDate.isBefore(today) ? endDate : today;
        List<PayPeriod> periods = new ArrayList<>();
        int n = 0;
        for (LocalDate d : PaySchedule.payDates(frequency, cycleOffset, from, to)) {
            Pay pay = pattern.pay(d, n++, rng);
            periods.add(Payroll.period(d, frequency, pay.grossPence(), pensionPercent, pay.hours()));
        }
        return new Employment(employerName, payeReference, frequency, startDate, endDate, zeroHours, periods);
    }
}
