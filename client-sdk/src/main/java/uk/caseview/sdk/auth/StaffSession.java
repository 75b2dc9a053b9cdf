package uk.caseview.sdk.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is signed in, and the bearer token every SDK call carries. Renews the access token with the
 * refresh token shortly before it expires, on whichever SDK thread asks first; when renewal fails
 * the session ends and listeners hear why, so the shell can ask the member of staff to sign in
 * again without closing their open work.
 *
 * <p>In a training session only tokens from the training provider ({@code env: TRAINING}) are
 * accepted, so a trainee cannot end up signed in against LIVE.
 */
public final class StaffSession implements TokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(StaffSession.class);
    /** Renew this long before expiry, so a call never leaves with a token that dies in flight. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final boolean trainingOnly;
    private final Clock clock;
    private final CopyOnWriteArrayList<Consumer<String>> endListeners = new CopyOnWriteArrayList<>();
    private IdentityProviderClient provider;
    private AccessToken token;
    private String refreshToken;
    /**
     * Held while renewing, so one renewal runs at a time. Only SDK threads wait on it: the FX thread
     * never asks for a token.
     */
    private final Object renewal = new Object();

    public StaffSession(boolean trainingOnly, Clock clock) {
        this.trainingOnly = trainingOnly;
        this.clock = clock;
    }

    /** Starts a session from a grant's tokens. */
    public void begin(IdentityProviderClient provider, IdentityProviderClient.Tokens tokens)
            throws TokenRejectedException {
        if (trainingOnly && !tokens.access().training()) {
            throw new TokenRejectedException("Training mode signs in only to the training identity provider.");
        }
        synchronized (this) {
            this.provider = provider;
            this.token = tokens.access();
            this.refreshToken = tokens.refreshToken();
        }
        LOG.info("Signed in with roles {}", tokens.access().roles());
    }

    /** The signed-in member of staff, if any. */
    public synchronized Optional<AccessToken> user() {
        return Optional.ofNullable(token);
    }

    public synchronized boolean allows(Permission permission) {
        return token != null && token.allows(permission);
    }

    @Override
    public Optional<String> currentToken() {
        synchronized (this) {
            if (token == null || !dueForRenewal()) {
                return Optional.ofNullable(token).map(AccessToken::encoded);
            }
        }
        // A refresh token is good once (the provider rotates it). Calls that arrive together in the
        // renewal window renew one at a time, each with the refresh token the last renewal left, so
        // none sends a used-up one and ends the session (seen: a trainee signed out after nine minutes).
        synchronized (renewal) {
            IdentityProviderClient idp;
            String refresh;
            synchronized (this) {
                if (token == null || !dueForRenewal()) {
                    return Optional.ofNullable(token).map(AccessToken::encoded); // renewed by the call before
                }
                idp = provider;
                refresh = refreshToken;
            }
            return renew(idp, refresh);
        }
    }

    /** Whether the token expires within {@link #RENEW_BEFORE}; the caller holds this session's lock. */
    private boolean dueForRenewal() {
        return !clock.instant().plus(RENEW_BEFORE).isBefore(token.expiresAt());
    }

    private Optional<String> renew(IdentityProviderClient idp, String refresh) {
        if (refresh == null) {
            end("Your sign-in has expired. Sign in again to carry on; your open work is kept.");
            return Optional.empty();
        }
        try {
            IdentityProviderClient.Tokens renewed = idp.refresh(refresh);
            synchronized (this) {
                if (token == null) {
                    return Optional.empty(); // signed out while renewing
                }
                token = renewed.access();
                refreshToken = renewed.refreshToken() == null ? refresh : renewed.refreshToken();
                return Optional.of(token.encoded());
            }
        } catch (TokenRejectedException e) {
            end("Your sign-in could not be renewed: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The server refused the token (401) although this session still holds one: it was revoked or
     * the server's clock disagrees. The session ends so the shell asks for a new sign-in.
     */
    public void rejectedByServer() {
        end("The services no longer accept your sign-in. Sign in again to carry on; your open work is kept.");
    }

    /** Ends the session at the member of staff's request; listeners are not told (they asked). */
    public synchronized void signOut() {
        token = null;
        refreshToken = null;
        provider = null;
    }

    private void end(String reason) {
        synchronized (this) {
            if (token == null) {
                return;
            }
            token = null;
            refreshToken = null;
        }
        LOG.info("Session ended: sign-in required");
        endListeners.forEach(l -> l.accept(reason));
    }

    /** Called (on an SDK thread) with a message for the member of staff when the session ends by itself. */
    public void onEnded(Consumer<String> listener) {
        endListeners.add(listener);
    }
}
