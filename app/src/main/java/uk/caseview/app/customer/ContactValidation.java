package uk.caseview.app.customer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.caseview.ui.format.DateInput;
import uk.caseview.ui.format.Dates;

/**
 * UK contact details as a caseworker types them: forgiving about spaces, strict about what can't
 * be delivered to. Each check returns what is wrong, in words to read back to the caller.
 */
public final class ContactValidation {

    // UK numbers: 0 then 10 digits (or +44 and 10 digits); mobiles start 07.
    private static final Pattern UK_PHONE = Pattern.compile("0\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    // The Royal Mail shape: outward code (A9, A99, AA9, AA99, A9A, AA9A), space optional, inward 9AA.
    // Not the old Girobank "GIR 0AA": nobody lives there, and the API's contract refuses it, so
    // accepting it here would only park the change in the outbox as "needs attention".
    private static final Pattern POSTCODE =
            Pattern.compile("([A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})");

    /** People ring before they move, so a move may be dated ahead, but no further than the API accepts. */
    public static final int MOVE_DAYS_AHEAD = 31;
    /** The contract's limits for an address's lines and town. */
    static final int MAX_LINE = 100;
    static final int MAX_TOWN = 64;
    /** How a move date is offered and quoted back: the way people type one. */
    public static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

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

    /** Line 1 of a new address: required (once any of the address is typed) and within the API's limit. */
    public static Optional<String> line1Problem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Enter the first line of the new address, like 7 Heol y Felin.");
        }
        return tooLong(typed, MAX_LINE, "Line 1");
    }

    public static Optional<String> line2Problem(String typed) {
        return typed == null ? Optional.empty() : tooLong(typed, MAX_LINE, "Line 2");
    }

    public static Optional<String> townProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Enter the town or city.");
        }
        return tooLong(typed, MAX_TOWN, "The town");
    }

    /**
     * The day a citizen moved in: a real date, no more than {@link #MOVE_DAYS_AHEAD} days ahead,
     * and after the day the current address began (else the address it ends would end before it began).
     *
     * @param currentFrom when the current address began, or null if none is held
     */
    public static Optional<String> moveDateProblem(String typed, LocalDate today, LocalDate currentFrom) {
        if (typed == null || typed.isBlank()) {
            return Optional.of("Enter the day they moved in, like " + TYPED_DATE.format(today) + ".");
        }
        Optional<LocalDate> day = DateInput.parse(typed);
        if (day.isEmpty()) {
            return Optional.of("That isn't a date. Type it like " + TYPED_DATE.format(today) + ".");
        }
        LocalDate latest = today.plusDays(MOVE_DAYS_AHEAD);
        if (day.get().isAfter(latest)) {
            return Optional.of("A move can be recorded up to " + MOVE_DAYS_AHEAD + " days ahead, so no later than "
                    + Dates.format(latest) + ".");
        }
        if (currentFrom != null && !day.get().isAfter(currentFrom)) {
            return Optional.of("They have lived at the current address since " + Dates.format(currentFrom)
                    + ", so the move must be after that day.");
        }
        return Optional.empty();
    }

    private static Optional<String> tooLong(String typed, int max, String what) {
        return typed.strip().length() > max ? Optional.of(what + " can be at most " + max + " characters.")
                : Optional.empty();
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
