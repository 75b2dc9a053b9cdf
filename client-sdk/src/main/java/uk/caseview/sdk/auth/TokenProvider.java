package uk.caseview.sdk.auth;

import java.util.Optional;

/**
 * Supplies the bearer token for each API call. Called on an SDK thread before every request,
 * so an implementation can refresh an expiring token; it must not block for long.
 */
@FunctionalInterface
public interface TokenProvider {

    /** The current access token, or empty to send no Authorization header. */
    Optional<String> currentToken();

    /** No token at all: the stub server and training need none. */
    static TokenProvider none() {
        return Optional::empty;
    }

    /** One fixed token, e.g. from a launcher that has already signed the user in. */
    static TokenProvider fixed(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("A fixed token must not be blank");
        }
        Optional<String> value = Optional.of(token);
        return () -> value;
    }
}
