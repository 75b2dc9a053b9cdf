package uk.caseview.sdk.auth;

/**
 * A token that failed a check, or a sign-in the identity provider refused. The message is written
 * for the member of staff (it is shown as it is) and never holds the token.
 */
public final class TokenRejectedException extends Exception {

    public TokenRejectedException(String message) {
        super(message);
    }

    public TokenRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
