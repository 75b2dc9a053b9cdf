package uk.caseview.stubs.api;

import java.util.Map;
import java.util.Optional;
import uk.caseview.sdk.auth.AccessToken;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.idp.Caller;
import uk.caseview.stubs.idp.RequestAuthoriser;
import uk.caseview.stubs.idp.StoreKeyIssuer;

/**
 * The signed-in member of staff's store key, for whoever the request's checked token names. The
 * same for every training session (it is the person's, not the session's), and never in the read
 * cache, which is shared by everyone: each answer is made for its caller and marked no-store.
 */
public final class StoreKeyEndpoints {

    private final StoreKeyIssuer issuer;

    public StoreKeyEndpoints(StoreKeyIssuer issuer) {
        this.issuer = issuer;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of("getStoreKey", this::storeKey);
    }

    Reply storeKey(RequestContext r) {
        // A --no-auth server checks no token, so it knows nobody: rather than key everyone to one
        // made-up person (whose key would open any desk's store), it releases no key at all.
        Optional<String> subject = Caller.current().map(AccessToken::subject).filter(s -> !s.isBlank());
        if (subject.isEmpty()) {
            return RequestAuthoriser.unauthorised("This server checks no sign-in (--no-auth), so it knows no member "
                    + "of staff to release a store key to.");
        }
        return Reply.json(200, issuer.keyFor(subject.get()), new Reply.Header("Cache-Control", "no-store"));
    }
}
