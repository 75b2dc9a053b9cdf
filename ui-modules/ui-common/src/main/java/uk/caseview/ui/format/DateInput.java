package uk.caseview.ui.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a date the way people type one on a call: "12/03/1984", "12-3-1984", "12 3 1984",
 * "12 Mar 1984" or ISO "1984-03-12". Day first, always: this is a UK screen.
 */
public final class DateInput {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            pattern("d/M/uuuu"), pattern("d-M-uuuu"), pattern("d.M.uuuu"), pattern("d M uuuu"),
            pattern("d MMM uuuu"), pattern("d MMMM uuuu"), pattern("uuuu-M-d"));

    private DateInput() {}

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replaceAll("\\s+", " ");
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        // "Sept" is how the JDK's en-GB data abbreviates September; accept "Sep" too.
        if (t.matches("(?i)\\d{1,2} sep \\d{4}")) {
            return parse(t.replaceAll("(?i)sep", "September"));
        }
        return Optional.empty();
    }

    private static DateTimeFormatter pattern(String p) {
        return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }
}
