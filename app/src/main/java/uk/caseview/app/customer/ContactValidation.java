package uk.caseview.app.customer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK contact details as a caseworker types them: forgiving about spaces, strict about what can't
 * be delivered to. Each check returns what is wrong, in words to read back to the caller.
 */
public final class ContactValidation {

    // UK numbers: 0 then 10 digits (or +44 and 10 digits); mobiles start 07.
    private static final Pattern UK_PHONE = Pattern.compile("0\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    // The Royal Mail shape: outward code (A9, A99, AA9, AA99, A9A, AA9A), space optional, inward 9AA.
    private static final Pattern POSTCODE =
            Pattern.compile("(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})");

    private ContactValidation() {}

    /** Digits only, with +44 turned into a leading 0: "+44 7700 900123" → "07700900123". */
    public static String normalisePhone(String typed) {
        String digits = typed == null ? "" : typed.replace("(0)", "").replaceAll("[\\s()-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        }
        return digits;
    }

    public static Optional<String> phoneProblem(String typed, boolean mobile) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty(); // optional field
        }
        String n = normalisePhone(typed);
        if (!UK_PHONE.matcher(n).matches()) {
            return Optional.of("A UK number is 11 digits starting with 0, like 029 2018 0471.");
        }
        if (mobile && !n.startsWith("07")) {
            return Optional.of("A UK mobile number starts 07.");
        }
        return Optional.empty();
    }

    public static Optional<String> emailProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return EMAIL.matcher(typed.strip()).matches() ? Optional.empty()
                : Optional.of("That email address isn't complete: it needs a name, @ and a domain, like name@example.org.");
    }

    /** "cf10 1aa" → "CF10 1AA". */
    public static String normalisePostcode(String typed) {
        String p = typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        return p.length() > 3 ? p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3) : p;
    }

    public static Optional<String> postcodeProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Enter a postcode.");
        }
        return POSTCODE.matcher(normalisePostcode(typed)).matches() ? Optional.empty()
                : Optional.of("That isn't a UK postcode. It looks like CF10 1AA or SW1A 2AA.");
    }
}
