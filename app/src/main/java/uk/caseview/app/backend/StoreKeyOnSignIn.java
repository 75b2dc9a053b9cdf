package uk.caseview.app.backend;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.auth.AccessToken;
import uk.caseview.sdk.auth.StaffSession;

/**
 * Unlocks the signed-in person's part of the offline store (decision 0703) on the sign-in's own
 * background thread, so their window opens with their queued writes readable and new ones
 * savable. If the service does not release the key just then (the citizen API is down), sign-in
 * still succeeds: the caseworker can read customers, a write says it can't be saved yet, and
 * this keeps asking in the background (after 1 s, then less often, at most 10 s apart) until the key arrives or they sign out.
 */
final class StoreKeyOnSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(StoreKeyOnSignIn.class);
    /** First retry soon (a citizen breaker half-opens within seconds), then no more than every 10 s. */
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration RETRY_AT_MOST_EVERY = Duration.ofSeconds(10);

    private final CaseviewSdk sdk;
    private final StaffSession session;

    StoreKeyOnSignIn(CaseviewSdk sdk, StaffSession session) {
        this.sdk = sdk;
        this.session = session;
    }

    /** Blocking (one call to the service): the sign-in thread, never the FX thread. */
    void signedIn(AccessToken user) {
        if (tryUnlock(user.subject())) {
            return;
        }
        Thread.ofVirtual().name("caseview-store-key").start(() -> keepTrying(user.subject()));
    }

    private void keepTrying(String staffId) {
        Duration wait = FIRST_RETRY;
        while (stillSignedIn(staffId) && !sdk.storeUnlocked()) {
            try {
                Thread.sleep(wait);
                Duration doubled = wait.multipliedBy(2);
                wait = doubled.compareTo(RETRY_AT_MOST_EVERY) > 0 ? RETRY_AT_MOST_EVERY : doubled;
            } catch (InterruptedException e) {
                return;
            }
            if (stillSignedIn(staffId) && tryUnlock(staffId)) {
                LOG.info("Offline store unlocked after a retry");
                return;
            }
        }
    }

    private boolean stillSignedIn(String staffId) {
        return session.user().map(AccessToken::subject).equals(Optional.of(staffId));
    }

    private boolean tryUnlock(String staffId) {
        try {
            sdk.unlockStore(staffId);
            return true;
        } catch (RuntimeException e) {
            // The class only: neither the key nor who it is for belongs in a log.
            LOG.warn("Offline store still locked: the store key was not released ({}); will retry",
                    e.getClass().getSimpleName());
            return false;
        }
    }
}
