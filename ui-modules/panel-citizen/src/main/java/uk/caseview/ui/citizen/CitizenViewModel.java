package uk.caseview.ui.citizen;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.BankAccount;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.Relationship;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.theme.Tone;

/**
 * Personal details as the panel words them, plus the one piece of state the panel owns: whether
 * the bank details are revealed. They start masked for every customer and re-mask when another
 * record is shown, so a reveal never carries over.
 */
final class CitizenViewModel {

    private final BooleanProperty bankRevealed = new SimpleBooleanProperty(false);

    BooleanProperty bankRevealedProperty() {
        return bankRevealed;
    }

    /** A new record is on screen, or the customer has left the screen: mask again. */
    void reset() {
        bankRevealed.set(false);
    }

    String sortCode(BankAccount account) {
        if (account.sortCode() == null) {
            return "–";
        }
        String digits = account.sortCode().replaceAll("\\D", "");
        if (!bankRevealed.get()) {
            return "••-••-" + (digits.length() >= 2 ? digits.substring(digits.length() - 2) : "••");
        }
        return digits.length() == 6 ? digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4)
                : account.sortCode();
    }

    String accountNumber(BankAccount account) {
        if (account.accountNumber() == null) {
            return "–";
        }
        return bankRevealed.get() ? account.accountNumber() : account.maskedAccountNumber().replace('*', '•');
    }

    static String dateOfBirth(Citizen c, LocalDate today) {
        return Dates.format(c.dateOfBirth()) + " (age " + c.ageOn(today) + ")";
    }

    static String language(Citizen.Language language) {
        return switch (language) {
            case ENGLISH -> "English";
            case WELSH -> "Welsh (Cymraeg)";
            case UNKNOWN -> "Not recorded";
        };
    }

    static String verification(Citizen.IdentityVerification v) {
        return switch (v) {
            case VERIFIED -> "Identity verified";
            case PENDING -> "Identity check pending";
            case FAILED -> "Identity check failed";
            case UNKNOWN -> "Identity not checked";
        };
    }

    static Tone verificationTone(Citizen.IdentityVerification v) {
        return switch (v) {
            case VERIFIED -> Tone.SUCCESS;
            case PENDING -> Tone.WARNING;
            case FAILED -> Tone.DANGER;
            case UNKNOWN -> Tone.NEUTRAL;
        };
    }

    /** Multi-line, as it would go on an envelope. */
    static String addressBlock(Address a) {
        StringBuilder sb = new StringBuilder(a.line1());
        if (a.line2() != null && !a.line2().isBlank()) {
            sb.append('\n').append(a.line2());
        }
        return sb.append('\n').append(a.town()).append('\n').append(a.postcode()).toString();
    }

    static String addressSince(Address a) {
        return a.from() == null ? "" : "Since " + Dates.format(a.from());
    }

    static String addressPeriod(Address a) {
        return Dates.format(a.from()) + " to " + Dates.format(a.to());
    }

    /** Most recent first. */
    static List<Address> pastAddresses(Citizen c) {
        return c.pastAddresses().stream()
                .sorted(Comparator.comparing(Address::to, Comparator.nullsFirst(Comparator.reverseOrder())))
                .toList();
    }

    /** Partner, then appointee, then dependants youngest first. */
    static List<Relationship> household(Citizen c) {
        return c.relationships().stream()
                .sorted(Comparator.comparingInt((Relationship r) -> rank(r.type()))
                        .thenComparing(Relationship::dateOfBirth, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    static String role(Relationship.Type type) {
        return switch (type) {
            case PARTNER -> "Partner";
            case APPOINTEE -> "Appointee";
            case DEPENDANT -> "Dependant";
            case UNKNOWN -> "Other";
        };
    }

    static String person(Relationship r, LocalDate today) {
        String name = r.name() == null ? "Name not held" : r.name().fullName();
        return r.dateOfBirth() == null ? name : name + ", " + Dates.age(r.dateOfBirth(), today);
    }

    /** "New contact details: mobile 07700900123, email a@b.org", as the change saved on this PC says. */
    static String pendingContact(uk.caseview.sdk.model.citizen.ContactDetails d) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (d.phone() != null && !d.phone().isBlank()) {
            parts.add("phone " + d.phone());
        }
        if (d.mobile() != null && !d.mobile().isBlank()) {
            parts.add("mobile " + d.mobile());
        }
        if (d.email() != null && !d.email().isBlank()) {
            parts.add("email " + d.email());
        }
        return "New contact details: " + (parts.isEmpty() ? "none held" : String.join(", ", parts));
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    private static int rank(Relationship.Type type) {
        return switch (type) {
            case PARTNER -> 0;
            case APPOINTEE -> 1;
            case DEPENDANT -> 2;
            case UNKNOWN -> 3;
        };
    }
}
