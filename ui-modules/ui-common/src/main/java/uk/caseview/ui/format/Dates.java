package uk.caseview.ui.format;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Dates, ages and "how long ago" in the one style the whole screen uses: "12 Mar 2025". */
public final class Dates {

    /**
     * Month abbreviations pinned to three letters: the JDK's en-GB data writes "Sept", which
     * would make one month in twelve look different.
     */
    private static final Map<Long, String> MONTHS = months();

    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH)
            .appendLiteral(' ')
            .appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
            .appendLiteral(' ')
            .appendValue(ChronoField.YEAR, 4)
            .toFormatter(Locale.UK);

    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder()
            .appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
            .appendLiteral(' ')
            .appendValue(ChronoField.YEAR, 4)
            .toFormatter(Locale.UK);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Dates() {}

    /** "12 Mar 2025", or an en dash for a date the API left out. */
    public static String format(LocalDate date) {
        return date == null ? "–" : DAY.format(date);
    }

    /** "Mar 2025". */
    public static String format(YearMonth month) {
        return MONTH.format(month);
    }

    /** "Mar '25": for axis labels, where "Mar 2025" would crowd its neighbours. */
    public static String shortMonth(YearMonth month) {
        return MONTHS.get((long) month.getMonthValue()) + " '" + String.format("%02d", month.getYear() % 100);
    }

    /** "12 Mar 2025, 14:05" in the given zone. */
    public static String format(Instant instant, ZoneId zone) {
        var at = instant.atZone(zone);
        return DAY.format(at) + ", " + TIME.format(at);
    }

    /** Whole years between a date of birth and a day. */
    public static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    /** "just now", "1 min ago", "5 min ago", "3 hr ago", "2 days ago". */
    public static String ago(Duration elapsed) {
        long minutes = Math.max(0, elapsed.toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " hr ago";
        }
        return (hours / 24) + " days ago";
    }

    private static Map<Long, String> months() {
        Map<Long, String> map = new HashMap<>();
        for (java.time.Month m : java.time.Month.values()) {
            map.put((long) m.getValue(), m.getDisplayName(TextStyle.SHORT, Locale.US));
        }
        return Map.copyOf(map);
    }
}
