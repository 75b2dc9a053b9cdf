package uk.caseview.sdk.auth;

import java.util.Optional;

/**
 * A member of staff's role, as carried in the {@code roles} claim of an access token. The claim
 * values are the enum names; an unknown value is ignored rather than trusted.
 */
public enum Role {
    FRONTLINE_AGENT("Frontline agent"),
    DEBT_OFFICER("Debt officer"),
    TEAM_LEADER("Team leader"),
    TRAINER("Trainer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** What the screen calls it. */
    public String label() {
        return label;
    }

    /** The role a claim value names, or empty for anything else (never an exception: claims are input). */
    public static Optional<Role> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
