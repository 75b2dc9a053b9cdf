package uk.caseview.stubs.idp;

import java.util.Optional;
import uk.caseview.sdk.auth.AccessToken;
import uk.caseview.sdk.auth.Permission;
import uk.caseview.sdk.auth.RoleMatrix;
import uk.caseview.sdk.auth.TokenRejectedException;
import uk.caseview.sdk.auth.TokenVerifier;
import uk.caseview.stubs.http.Problems;
import uk.caseview.stubs.http.Reply;

/**
 * Decides whether a request may run: a bearer token that passes {@link TokenVerifier}'s checks
 * (else 401), whose roles the {@link RoleMatrix} grants the operation's permission (else 403).
 */
public final class RequestAuthoriser {

    private final TokenVerifier verifier;

    public RequestAuthoriser(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * @return the refusal to send, or empty when the request may go ahead, in which case
     *         {@link Caller#current()} holds the token until {@link #done()}
     */
    public Optional<Reply> refusal(String authorization, String operationId) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(unauthorised("Sign in: this request carried no access token."));
        }
        AccessToken token;
        try {
            token = verifier.verify(authorization.substring(7).trim());
        } catch (TokenRejectedException e) {
            return Optional.of(unauthorised(e.getMessage()));
        }
        if (RoleMatrix.allowsOperation(token.roles(), operationId)) {
            Caller.set(token);
            return Optional.empty();
        }
        String what = RoleMatrix.permissionFor(operationId).map(Permission::description).orElse(operationId);
        return Optional.of(Problems.reply(403, "Not allowed for your role",
                "Your role does not allow this: " + what + "."));
    }

    /** The request is over: forget its caller. */
    public void done() {
        Caller.clear();
    }

    /** A 401 as every refused sign-in gets it; also for an endpoint that needs to know who is asking and cannot tell. */
    public static Reply unauthorised(String detail) {
        // RFC 6750 §3: say which scheme, and that the token (not the request) is the problem.
        return Problems.reply(401, "Sign-in required", detail,
                new Reply.Header("WWW-Authenticate", "Bearer realm=\"caseview\", error=\"invalid_token\""));
    }
}
