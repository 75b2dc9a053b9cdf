package uk.caseview.stubs.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.caseview.sdk.Nino;

/**
 * A check for one path, query or header value, compiled once from the parameter's schema in the
 * contract. Covers what parameters use (type, pattern, length, enum, range, date formats); a
 * schema keyword it does not know is ignored rather than guessed at.
 */
public final class ValueCheck {

    private static final String NINO_REF = "#/components/schemas/Nino";
    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final String type;
    private final Pattern pattern;
    private final Integer minLength;
    private final Integer maxLength;
    private final List<String> allowed;
    private final Long minimum;
    private final Long maximum;
    private final String format;
    private final boolean nino;

    private ValueCheck(String type, Pattern pattern, Integer minLength, Integer maxLength, List<String> allowed,
            Long minimum, Long maximum, String format, boolean nino) {
        this.type = type;
        this.pattern = pattern;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.allowed = allowed;
        this.minimum = minimum;
        this.maximum = maximum;
        this.format = format;
        this.nino = nino;
    }

    public static ValueCheck compile(JsonNode schema, OpenApiContract contract) {
        boolean isNino = schema.has("$ref") && NINO_REF.equals(schema.get("$ref").asText());
        JsonNode s = contract.resolve(schema);
        String type = s.path("type").isTextual() ? s.get("type").asText() : "string";
        Pattern pattern = s.has("pattern") ? Pattern.compile(s.get("pattern").asText()) : null;
        Integer minLength = s.has("minLength") ? s.get("minLength").asInt() : null;
        Integer maxLength = s.has("maxLength") ? s.get("maxLength").asInt() : null;
        List<String> allowed = null;
        if (s.has("enum")) {
            allowed = new ArrayList<>();
            for (JsonNode e : s.get("enum")) {
                if (!e.isNull()) {
                    allowed.add(e.asText());
                }
            }
        }
        Long minimum = s.has("minimum") ? s.get("minimum").asLong() : null;
        Long maximum = s.has("maximum") ? s.get("maximum").asLong() : null;
        String format = s.path("format").asText(null);
        return new ValueCheck(type, pattern, minLength, maxLength, allowed, minimum, maximum, format, isNino);
    }

    /** What is wrong with the value, in words for the problem's errors list; null when it is fine. */
    public String problemWith(String value) {
        if (nino) {
            // The contract's pattern decides (fast, on every request); the SDK's rules explain a failure.
            if (pattern.matcher(value).matches()) {
                return null;
            }
            return Nino.problemWith(value).orElse("Must be upper case with no spaces.");
        }
        switch (type) {
            case "integer" -> {
                long n;
                try {
                    // Without format int64 an integer is a Java int; anything wider is the client's mistake.
                    n = "int64".equals(format) ? Long.parseLong(value) : Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    return "int64".equals(format) ? "Must be a whole number." : "Must be a whole number up to "
                            + Integer.MAX_VALUE + ".";
                }
                if (minimum != null && n < minimum) {
                    return "Must be at least " + minimum + ".";
                }
                if (maximum != null && n > maximum) {
                    return "Must be at most " + maximum + ".";
                }
                return null;
            }
            case "number" -> {
                try {
                    Double.parseDouble(value);
                    return null;
                } catch (NumberFormatException e) {
                    return "Must be a number.";
                }
            }
            case "boolean" -> {
                return "true".equals(value) || "false".equals(value) ? null : "Must be true or false.";
            }
            default -> {
                return stringProblem(value);
            }
        }
    }

    private String stringProblem(String value) {
        if (minLength != null && value.length() < minLength) {
            return minLength == 1 ? "Must not be empty." : "Must be at least " + minLength + " characters.";
        }
        if (maxLength != null && value.length() > maxLength) {
            return "Must be at most " + maxLength + " characters.";
        }
        if (allowed != null && !allowed.contains(value)) {
            return "Must be one of " + String.join(", ", allowed) + ".";
        }
        if (pattern != null && !pattern.matcher(value).find()) {
            return "Must match the pattern " + pattern.pattern() + ".";
        }
        if ("date".equals(format)) {
            // RFC 3339 full-date: exactly four year digits (LocalDate alone would take +999999999-01-01).
            if (!FULL_DATE.matcher(value).matches()) {
                return "Must be a date like 2025-04-30.";
            }
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return "Must be a date like 2025-04-30.";
            }
        } else if ("date-time".equals(format)) {
            try {
                OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                return "Must be a date and time like 2025-04-30T09:15:00Z.";
            }
        }
        return null;
    }
}
