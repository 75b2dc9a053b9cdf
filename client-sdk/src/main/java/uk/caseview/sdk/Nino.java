package uk.caseview.sdk;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A National Insurance number that has passed HMRC's format rules.
 *
 * <p>Input is forgiving (spaces and lower case are accepted); the value is always the
 * upper-case, space-free form. {@link #toString()} masks it, so a NINO never reaches a log
 * by accident; call {@link #value()} only where the full number is needed (a request path, a
 * label on screen).
 *
 * <p>The stub server's generator issues only NINOs that pass {@link #parse}, and all of them
 * begin with {@code Z} so that synthetic records are recognisable ({@link #isSynthetic()}).
 */
public final class Nino {

    // Prefix letters: D, F, I, Q, U, V never appear; O never second. Suffix A-D.
    private static final Pattern SHAPE =
            Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]");
    private static final Set<String> NEVER_ALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private final String value;

    private Nino(String value) {
        this.value = value;
    }

    /** The upper-case, space-free form of what someone typed. */
    public static String normalise(String input) {
        return input == null ? "" : input.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Why the input is not a valid NINO, in words a caseworker can act on; empty when it is valid.
     */
    public static Optional<String> problemWith(String input) {
        String n = normalise(input);
        if (n.isEmpty()) {
            return Optional.of("Enter a National Insurance number, like QQ 12 34 56 C.");
        }
        if (n.length() != 9) {
            return Optional.of("A National Insurance number is 2 letters, 6 numbers and a letter A to D.");
        }
        if (!Character.isLetter(n.charAt(0)) || !Character.isLetter(n.charAt(1))) {
            return Optional.of("It must start with 2 letters.");
        }
        if (!n.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of("The middle 6 characters must be numbers.");
        }
        char suffix = n.charAt(8);
        if (suffix < 'A' || suffix > 'D') {
            return Optional.of("The last letter must be A, B, C or D.");
        }
        String prefix = n.substring(0, 2);
        if (NEVER_ALLOCATED.contains(prefix)) {
            return Optional.of("The prefix " + prefix + " is never issued.");
        }
        if (n.charAt(1) == 'O') {
            return Optional.of("The second letter can't be O.");
        }
        if (!SHAPE.matcher(n).matches()) {
            return Optional.of("The first 2 letters can't include D, F, I, Q, U or V.");
        }
        return Optional.empty();
    }

    public static boolean isValid(String input) {
        return problemWith(input).isEmpty();
    }

    /** @throws IllegalArgumentException with a caseworker-readable message if invalid */
    public static Nino parse(String input) {
        Optional<String> problem = problemWith(input);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return new Nino(normalise(input));
    }

    public String value() {
        return value;
    }

    /** "ZA 12 34 56 A", as printed on a National Insurance card. */
    public String formatted() {
        return value.substring(0, 2) + " " + value.substring(2, 4) + " " + value.substring(4, 6) + " "
                + value.substring(6, 8) + " " + value.charAt(8);
    }

    /** True for the stub data's numbers, which all begin with Z. */
    public boolean isSynthetic() {
        return value.charAt(0) == 'Z';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nino other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that a NINO never lands in a log line by accident. */
    @Override
    public String toString() {
        return "Nino[***]";
    }
}
