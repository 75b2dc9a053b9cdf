package uk.caseview.sdk.repayment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.Relationship;

/** The Universal Credit standard allowance band, by household and age. */
public enum Circumstance {
    SINGLE_UNDER_25("single_under_25", "Single, under 25"),
    SINGLE_25_OR_OVER("single_25_or_over", "Single, 25 or over"),
    COUPLE_BOTH_UNDER_25("couple_both_under_25", "Couple, both under 25"),
    COUPLE_ONE_OR_BOTH_25_OR_OVER("couple_one_or_both_25_or_over", "Couple, one or both 25 or over");

    private final String key;
    private final String label;

    Circumstance(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in the reference data file. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Circumstance of(int claimantAge, Integer partnerAge) {
        if (partnerAge == null) {
            return claimantAge < 25 ? SINGLE_UNDER_25 : SINGLE_25_OR_OVER;
        }
        return claimantAge < 25 && partnerAge < 25 ? COUPLE_BOTH_UNDER_25 : COUPLE_ONE_OR_BOTH_25_OR_OVER;
    }

    /**
     * The band on {@code day}, from the citizen's date of birth and a current partner's, if the
     * record has one. Empty when a date of birth needed to decide is missing: the caseworker picks.
     *
     * <p>Taken at the plan's start: an age band only ever rises, so the cap it gives can only be
     * lower than later ones, never higher.
     */
    public static Optional<Circumstance> forCitizen(Citizen citizen, LocalDate day) {
        if (citizen == null || citizen.dateOfBirth() == null) {
            return Optional.empty();
        }
        int age = citizen.ageOn(day);
        Optional<Relationship> partner = citizen.relationships().stream()
                .filter(r -> r.type() == Relationship.Type.PARTNER)
                .filter(r -> r.from() == null || !r.from().isAfter(day))
                .findFirst();
        if (partner.isEmpty()) {
            return Optional.of(of(age, null));
        }
        LocalDate partnerBorn = partner.get().dateOfBirth();
        if (partnerBorn == null) {
            // One partner aged 25 or over settles it; otherwise the partner's age decides and is unknown.
            return age >= 25 ? Optional.of(COUPLE_ONE_OR_BOTH_25_OR_OVER) : Optional.empty();
        }
        return Optional.of(of(age, Period.between(partnerBorn, day).getYears()));
    }
}
