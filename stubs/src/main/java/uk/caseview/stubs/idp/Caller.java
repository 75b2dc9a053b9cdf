package uk.caseview.stubs.idp;

import java.util.Optional;
import uk.caseview.sdk.auth.AccessToken;

/**
 * The checked token of the request this thread is serving, for the endpoints that record who did
 * something (the audit trail, a note's author). Each request runs on its own virtual thread, and
 * the handler clears it when the request ends. Empty on a {@code --no-auth} server.
 */
public final class Caller {

    private static final ThreadLocal<AccessToken> CURRENT = new ThreadLocal<>();

    private Caller() {}

    public static Optional<AccessToken> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Who the trail names: the token's subject and name, or a plain marker on an open stub. */
    public static String staffId() {
        return current().map(AccessToken::subject).orElse("no-auth");
    }

    public static String staffName() {
        return current().map(AccessToken::displayName).orElse("Unknown (stub without sign-in)");
    }

    static void set(AccessToken token) {
        CURRENT.set(token);
    }

    static void clear() {
        CURRENT.remove();
    }
}
