package uk.caseview.sdk.auth;

import java.time.Instant;
import java.util.Set;

/**
 * An access token whose signature, issuer, audience and expiry have been checked, with the claims
 * Caseview acts on. {@link #toString()} never shows the token itself or the staff member's name.
 *
 * @param encoded     the compact JWT, to send as the bearer token
 * @param subject     the staff id ({@code sub})
 * @param displayName what the screen calls the staff member ({@code name})
 * @param roles       the recognised roles of the {@code roles} claim
 * @param expiresAt   {@code exp}
 * @param training    whether the provider marked it {@code env: TRAINING}
 */
public record AccessToken(String encoded, String subject, String displayName, Set<Role> roles, Instant expiresAt,
        boolean training) {

    public AccessToken {
        roles = Set.copyOf(roles);
    }

    public boolean allows(Permission permission) {
        return RoleMatrix.allows(roles, permission);
    }

    @Override
    public String toString() {
        return "AccessToken[roles=" + roles + ", expiresAt=" + expiresAt + ", training=" + training + "]";
    }
}
