package uk.caseview.stubs.data.build;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.model.Frequency;

/**
 * The pay dates of one employment. Dates hang off the calendar, not off "today", so a pay date
 * seen one day is the same pay date the next: monthly on a fixed day (or the last Friday), weekly,
 * fortnightly and four-weekly on a fixed Friday cycle counted from 2 January 2015.
 */
public final class PaySchedule {

    private static final LocalDate CYCLE_ORIGIN = LocalDate.of(2015, 1, 2); // a Friday

    private PaySchedule() {}

    /**
     * @param cycleOffset for monthly: the day of month (1..28), or 0 for the last Friday; for the
     *                    weekly cycles: which Friday of the cycle (0 .. length-1)
     */
    public static List<LocalDate> payDates(Frequency frequency, int cycleOffset, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (to.isBefore(from)) {
            return dates;
        }
        if (frequency == Frequency.MONTHLY) {
            LocalDate month = from.withDayOfMonth(1);
            while (!month.isAfter(to)) {
                LocalDate d = cycleOffset == 0
                        ? month.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY))
                        : month.withDayOfMonth(Math.min(cycleOffset, 28));
                if (!d.isBefore(from) && !d.isAfter(to)) {
                    dates.add(d);
                }
                month = month.plusMonths(1);
            }
            return dates;
        }
        int step = switch (frequency) {
            case WEEKLY -> 7;
            case FORTNIGHTLY -> 14;
            default -> 28;
        };
        LocalDate origin = CYCLE_ORIGIN.plusWeeks(Math.floorMod(cycleOffset, step / 7));
        long since = ChronoUnit.DAYS.between(origin, from);
        long firstStep = Math.floorDiv(since + step - 1, step);
        for (LocalDate d = origin.plusDays(firstStep * step); !d.isAfter(to); d = d.plusDays(step)) {
            dates.add(d);
        }
        return dates;
    }

    /** The next date on the cycle strictly after {@code after}. */
    public static LocalDate nextAfter(Frequency frequency, int cycleOffset, LocalDate after) {
        List<LocalDate> next = payDates(frequency, cycleOffset, after.plusDays(1), after.plusDays(40));
        return next.getFirst();
    }
}
