package uk.caseview.sdk.repayment;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.caseview.sdk.model.Frequency;

/**
 * Money as integer pence: formatting for people, parsing what people type, and converting an
 * amount between frequencies. Everything is exact; nothing passes through double.
 */
public final class Pence {

    // "12", "12.5", "12.50", "1,234.56", with or without a leading £; never more than 2 decimals.
    private static final Pattern AMOUNT = Pattern.compile("£?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long MAX_TYPED_PENCE = 100_000_000_00L; // £100m: anything above is a typing slip

    private Pence() {}

    /** "£1,234.56", or "-£1.00" for a negative amount. */
    public static String format(long pence) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        String body = f.format(BigDecimal.valueOf(pence).abs().movePointLeft(2)); // Math.abs(Long.MIN_VALUE) overflows
        return (pence < 0 ? "-£" : "£") + body;
    }

    /** The pence in what someone typed, or empty if it is not an amount of money. */
    public static Optional<Long> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        if (!AMOUNT.matcher(s).matches()) {
            return Optional.empty();
        }
        BigDecimal pounds = new BigDecimal(s.replace("£", "").replace(",", "").strip());
        BigDecimal pence = pounds.multiply(HUNDRED);
        if (pence.compareTo(BigDecimal.valueOf(MAX_TYPED_PENCE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(pence.longValueExact());
    }

    /** Why {@code typed} is not an amount, in words a caseworker can act on; empty if it is one. */
    public static Optional<String> problemWith(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Enter an amount, like 25.50.");
        }
        if (parse(typed).isEmpty()) {
            return Optional.of("\"" + typed.strip() + "\" is not an amount of money. Enter pounds and pence, like 25.50.");
        }
        return Optional.empty();
    }

    /**
     * The monthly equivalent of an amount paid at {@code frequency} (amount × times a year ÷ 12),
     * in whole pence rounded down. For display; comparisons use {@link #exceedsMonthly}, which is exact.
     */
    public static long monthlyEquivalent(long pence, Frequency frequency) {
        requireKnown(frequency);
        return Math.floorDiv(Math.multiplyExact(pence, (long) frequency.perYear()), 12L);
    }

    /**
     * The largest whole-pence amount at {@code frequency} whose monthly equivalent does not exceed
     * {@code monthlyPence}. Rounding down keeps a converted cap a cap.
     */
    public static long perPeriodFromMonthly(long monthlyPence, Frequency frequency) {
        requireKnown(frequency);
        return Math.floorDiv(Math.multiplyExact(monthlyPence, 12L), (long) frequency.perYear());
    }

    /** True when {@code pence} at {@code frequency} is more than {@code monthlyPence} a month; exact, no rounding. */
    public static boolean exceedsMonthly(long pence, Frequency frequency, long monthlyPence) {
        requireKnown(frequency);
        return Math.multiplyExact(pence, (long) frequency.perYear()) > Math.multiplyExact(monthlyPence, 12L);
    }

    /** "a month", "a week", "a fortnight", "every 4 weeks". */
    public static String per(Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> "a week";
            case FORTNIGHTLY -> "a fortnight";
            case FOUR_WEEKLY -> "every 4 weeks";
            case MONTHLY -> "a month";
            case UNKNOWN -> "per period";
        };
    }

    private static void requireKnown(Frequency frequency) {
        if (frequency == null || frequency.perYear() <= 0) {
            throw new IllegalArgumentException("A frequency is needed: weekly, fortnightly, four-weekly or monthly.");
        }
    }
}
