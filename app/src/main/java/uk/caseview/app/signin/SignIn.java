package uk.caseview.app.signin;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import uk.caseview.sdk.auth.AccessToken;
import uk.caseview.sdk.auth.BrowserSignIn;
import uk.caseview.sdk.auth.IdentityProviderClient;
import uk.caseview.sdk.auth.Role;
import uk.caseview.sdk.auth.StaffSession;
import uk.caseview.sdk.auth.TokenRejectedException;

/**
 * How this app signs a member of staff in (decision 0700). TRAINING signs in to the embedded stub's
 * provider as one of its synthetic accounts, with one click; LIVE sends the member of staff to
 * their organisation's provider in the system browser. Either way the tokens land in the
 * {@link StaffSession} every SDK call takes its bearer token from. Blocking: call off the FX thread.
 */
public final class SignIn {

    private static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(5);

    private final URI issuer;
    private final boolean training;
    private final StaffSession session;
    private final HttpClient http;
    private final List<TrainingAccount> trainingAccounts;
    private final String trainingPassword;
    private volatile IdentityProviderClient provider;
    private volatile Consumer<AccessToken> afterSignIn = user -> { };

    /** A synthetic staff account of the training provider, as the sign-in screen offers it. */
    public record TrainingAccount(String username, Set<Role> roles) {
        public TrainingAccount {
            roles = Set.copyOf(roles);
        }
    }

    private SignIn(URI issuer, boolean training, StaffSession session, HttpClient http,
            List<TrainingAccount> trainingAccounts, String trainingPassword) {
        this.trainingAccounts = List.copyOf(trainingAccounts);
        this.trainingPassword = trainingPassword;
        this.issuer = issuer;
        this.training = training;
        this.session = session;
        this.http = http;
    }

    /**
     * The embedded stub's provider; its tokens must say {@code env: TRAINING} or the session refuses them.
     *
     * @param accounts the synthetic accounts to offer, the one-click trainee first
     * @param password the stub accounts' shared password (synthetic staff only)
     */
    public static SignIn training(URI stubIssuer, StaffSession session, List<TrainingAccount> accounts,
            String password) {
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("training needs at least the trainee's account");
        }
        return new SignIn(stubIssuer, true, session, HttpClient.newHttpClient(), accounts, password);
    }

    /** The deployment's provider. */
    public static SignIn live(URI issuer, StaffSession session, HttpClient http) {
        return new SignIn(issuer, false, session, http, List.of(), null);
    }

    /** TRAINING: the accounts the sign-in screen offers, the one-click trainee first; empty in LIVE. */
    public List<TrainingAccount> trainingAccounts() {
        return trainingAccounts;
    }

    public boolean training() {
        return training;
    }

    public StaffSession session() {
        return session;
    }

    /**
     * What must be ready before the signed-in person's window opens (their store key): run on the
     * sign-in's own thread, after the session has begun. It must not throw; it replaces any earlier one.
     */
    public void afterSignIn(Consumer<AccessToken> step) {
        this.afterSignIn = java.util.Objects.requireNonNull(step, "step");
    }

    private AccessToken signedIn() {
        AccessToken user = session.user().orElseThrow();
        afterSignIn.accept(user);
        return user;
    }

    /** TRAINING: one of the stub's synthetic staff accounts, by username. */
    public AccessToken asTrainingAccount(String username) throws TokenRejectedException {
        if (!training) {
            throw new TokenRejectedException("Training accounts exist only in training mode.");
        }
        IdentityProviderClient idp = provider();
        session.begin(idp, idp.passwordGrant(username, trainingPassword));
        return signedIn();
    }

    /** LIVE: the organisation's sign-in page in the system browser, the answer on a loopback port. */
    public AccessToken inBrowser(Consumer<URI> openBrowser) throws TokenRejectedException {
        IdentityProviderClient idp = provider();
        session.begin(idp, BrowserSignIn.signIn(idp, openBrowser, BROWSER_TIMEOUT));
        return signedIn();
    }

    private IdentityProviderClient provider() throws TokenRejectedException {
        IdentityProviderClient p = provider;
        if (p == null) {
            p = IdentityProviderClient.discover(http, issuer);
            provider = p;
        }
        return p;
    }
}
