package uk.caseview.sdk.repayment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.caseview.sdk.model.Frequency;

/**
 * When the n-th instalment falls. Monthly dates are counted from the start date each time
 * (start + n months), never from the previous instalment, so a plan starting on the 31st is due
 * on the last day of short months and goes back to the 31st afterwards instead of drifting.
 */
final class InstalmentDates {

    private InstalmentDates() {}

    /** Due date of instalment {@code index}, counting from 0 at the start date. */
    static LocalDate due(LocalDate start, Frequency frequency, long index) {
        return switch (frequency) {
            case WEEKLY -> start.plusWeeks(index);
            case FORTNIGHTLY -> start.plusWeeks(2 * index);
            case FOUR_WEEKLY -> start.plusWeeks(4 * index);
            case MONTHLY -> start.plusMonths(index);
            case UNKNOWN -> throw new IllegalArgumentException("no frequency");
        };
    }

    /** How many instalments fall on or after {@code start} and before {@code limit}. */
    static long countBefore(LocalDate start, Frequency frequency, LocalDate limit) {
        if (!limit.isAfter(start)) {
            return 0;
        }
        if (frequency == Frequency.MONTHLY) {
            long months = ChronoUnit.MONTHS.between(start, limit);
            // start + months may land exactly on the limit, which is excluded
            return start.plusMonths(months).isBefore(limit) ? months + 1 : months;
        }
        long step = switch (frequency) {
            case WEEKLY -> 7;
            case FORTNIGHTLY -> 14;
            case FOUR_WEEKLY -> 28;
            default -> throw new IllegalArgumentException("no frequency");
        };
        long days = ChronoUnit.DAYS.between(start, limit);
        return (days + step - 1) / step;
    }
}
