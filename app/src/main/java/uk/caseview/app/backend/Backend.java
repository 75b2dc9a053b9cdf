package uk.caseview.app.backend;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.app.config.AppConfig;
import uk.caseview.app.config.ConnectionChecks;
import uk.caseview.app.config.Mode;
import uk.caseview.app.signin.SignIn;
import uk.caseview.sdk.auth.StaffSession;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.view.CustomerViewService;
import uk.caseview.sdk.view.Source;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;

/**
 * Everything behind the screen: the SDK and, in training mode, the embedded stub server it
 * talks to over loopback HTTP. The app reaches data only through here, the same way in
 * training and live, so training exercises the real path. Starting blocks (the stub server
 * binds a port and builds its data): call it off the FX thread.
 */
public final class Backend implements AutoCloseable {

    /** This desk's training session on the training server: its practice data is its own overlay. */
    public static final String TRAINING_SESSION = "caseview-desktop";

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);

    private final Mode mode;
    private final CaseviewSdk sdk;
    private final CustomerViewService customerViews;
    private final StubServer stub;
    private final URI address;
    private final ConnectionChecks connectionChecks;
    private final SignIn signIn;
    private String trainingSession = TRAINING_SESSION;
    /** TRAINING on a lesson's fixed date, when one is set. */
    private Optional<java.time.LocalDate> trainingDate = Optional.empty();
    /** TRAINING's throw-away store, made by {@link #start}: deleted on close, so sessions do not pile up in the temp folder. */
    private java.nio.file.Path throwAwayData;

    /** A backend whose SDK already carries its token (tools and tests): no sign-in screen. */
    public Backend(Mode mode, CaseviewSdk sdk, CustomerViewService customerViews, StubServer stub, URI address) {
        this(mode, sdk, customerViews, stub, address, ConnectionChecks.defaults(), null);
    }

    /** @param signIn how staff sign in; the SDK must take its tokens from {@code signIn.session()} */
    public Backend(Mode mode, CaseviewSdk sdk, CustomerViewService customerViews, StubServer stub, URI address,
            SignIn signIn) {
        this(mode, sdk, customerViews, stub, address, ConnectionChecks.defaults(), signIn);
    }

    private Backend(Mode mode, CaseviewSdk sdk, CustomerViewService customerViews, StubServer stub, URI address,
            ConnectionChecks connectionChecks, SignIn signIn) {
        this.signIn = signIn;
        this.mode = mode;
        this.sdk = sdk;
        this.customerViews = customerViews;
        this.stub = stub;
        this.address = address;
        this.connectionChecks = connectionChecks;
        // Every write the caseworker makes is on the customer's audit trail (decision 0701).
        outbox().ifPresent(uk.caseview.sdk.outbox.Outbox::auditEveryWrite);
        // A write goes only while the person who saved it is signed in, never under someone else's token.
        if (signIn != null) {
            outbox().ifPresent(o -> o.attributeWritesTo(
                    () -> signIn.session().user().map(uk.caseview.sdk.auth.AccessToken::subject)));
            // Each person's saved work opens only with the key the service releases to them (decision 0703).
            StoreKeyOnSignIn storeKey = new StoreKeyOnSignIn(sdk, signIn.session());
            signIn.afterSignIn(storeKey::signedIn);
            signIn.session().user().ifPresent(storeKey::signedIn);
        }
    }

    /** The same backend, re-checking its connection on another schedule (tests that can't wait a minute). */
    public Backend withConnectionChecks(ConnectionChecks checks) {
        return new Backend(mode, sdk, customerViews, stub, address, checks, signIn);
    }

    /** How often the shell re-checks that the APIs answer. */
    public ConnectionChecks connectionChecks() {
        return connectionChecks;
    }

    /**
     * The trace index and worklist caseload (seconds of CPU on two cores) are not built here: the
     * app asks for them with {@link StubServer#buildIndexesInBackground()} a moment after its main
     * window is up, so they slow neither the start nor the sign-in.
     */
    public static Backend start(AppConfig config) {
        return start(config, StubConfig.defaults());
    }

    public static Backend start(AppConfig config, StubConfig stubConfig) {
        if (config.classroom().isPresent()) {
            return joinClassroom(config.classroom().get());
        }
        if (config.mode() == Mode.TRAINING) {
            // A lesson's fixed date: the training server builds its data around it and stamps writes on it, and the
            // client reads ages and due dates against it. The time of day runs on, so timers and tokens still work.
            java.time.Clock clock = config.trainingDate().map(Backend::clockOn).orElse(java.time.Clock.systemUTC());
            if (config.trainingDate().isPresent()) {
                stubConfig = stubConfig.withToday(config.trainingDate().get()).withClock(clock);
            }
            StubServer stub = StubServer.start(stubConfig);
            try {
                StaffSession session = new StaffSession(true, java.time.Clock.systemUTC());
                CaseviewSdk sdk = trainingSdk(stub.baseUri(), TRAINING_SESSION, clock, session);
                LOG.info("Training mode: embedded stub server on port {}", stub.port());
                Backend training = new Backend(Mode.TRAINING, sdk, sdk.customerViews(), stub, stub.baseUri(),
                        trainingSignIn(stub, session));
                training.throwAwayData = sdk.dataDirectory();
                training.trainingDate = config.trainingDate();
                return training;
            } catch (java.io.IOException e) {
                stub.close();
                throw new java.io.UncheckedIOException(e);
            } catch (RuntimeException e) {
                stub.close();
                throw e;
            }
        }
        StaffSession session = new StaffSession(false, java.time.Clock.systemUTC());
        java.util.function.Supplier<CaseviewSdk.Builder> builder = () -> {
            CaseviewSdk.Builder b = CaseviewSdk.builder().tokenProvider(session);
            config.apiUrl().ifPresent(b::baseUri);
            // The department's CA (or a corporate root) instead of the JDK's own list, when configured.
            config.trustStore().ifPresent(t -> b.trustStore(t.path(), t.password(), t.type()));
            for (Map.Entry<Source, URI> e : config.perApi().entrySet()) {
                b.baseUri(e.getKey(), e.getValue());
            }
            return b;
        };
        CaseviewSdk sdk = buildLive(builder);
        URI shown = config.apiUrl().orElse(config.perApi().get(Source.CITIZEN));
        SignIn signIn = SignIn.live(config.idpIssuer().orElseThrow(), session, java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(10)).build());
        return new Backend(Mode.LIVE, sdk, sdk.customerViews(), null, shown, signIn);
    }

    /**
     * Live data (the offline store and the outbox) lives under ~/.caseview, each person's part
     * encrypted under the key the service releases to them at sign-in (decision 0703) and, when the
     * deployment provides one (CASEVIEW_STORE_KEY), under this machine's key as well. If the store
     * can't be opened at all the app still runs, read-only: actions say why they are unavailable
     * rather than keep anything in clear.
     */
    private static CaseviewSdk buildLive(java.util.function.Supplier<CaseviewSdk.Builder> builder) {
        java.nio.file.Path data = java.nio.file.Path.of(System.getProperty("user.home"), ".caseview", "data");
        try {
            CaseviewSdk.Builder b = builder.get().dataDirectory(data).storePerPerson();
            if (System.getenv("CASEVIEW_STORE_KEY") != null) {
                b.keyProvider(uk.caseview.sdk.store.KeyProvider.fromEnvironment("CASEVIEW_STORE_KEY"));
            }
            return b.build();
        } catch (RuntimeException e) {
            LOG.warn("No encrypted local store ({}); running without an outbox", e.getClass().getSimpleName());
            return builder.get().build();
        }
    }

    /**
     * TRAINING on a classroom's shared training server: no embedded server; the desk signs in at the
     * classroom server's provider (its tokens must say TRAINING, or the session refuses them) and
     * its writes land in the trainee's own overlay, named after them.
     */
    private static Backend joinClassroom(AppConfig.Classroom classroom) {
        StaffSession session = new StaffSession(true, java.time.Clock.systemUTC());
        try {
            CaseviewSdk sdk = trainingSdk(classroom.server(), classroom.trainee(), java.time.Clock.systemUTC(), session);
            LOG.info("Training mode: a classroom's training server");
            SignIn signIn = SignIn.training(classroom.server().resolve("/idp"), session, trainingAccounts(),
                    uk.caseview.stubs.idp.StaffAccount.PASSWORD);
            Backend training = new Backend(Mode.TRAINING, sdk, sdk.customerViews(), null, classroom.server(), signIn);
            training.throwAwayData = sdk.dataDirectory();
            training.trainingSession = classroom.trainee();
            return training;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Training keeps its outbox in a throw-away directory under a key held only in memory: nothing a
     * trainee types outlives the session. Its writes go to {@code trainingSession}'s overlay.
     */
    private static CaseviewSdk trainingSdk(URI server, String trainingSession, java.time.Clock clock,
            StaffSession session) throws java.io.IOException {
        return CaseviewSdk.builder().baseUri(server).trainingSession(trainingSession)
                .clock(clock)
                .tokenProvider(session)
                .dataDirectory(java.nio.file.Files.createTempDirectory("caseview-training-"))
                // Each trainee's keys under the key the training server releases to them, wrapped in one
                // that dies with the process: the same path as LIVE, and nothing outlives the session.
                .storePerPerson()
                .keyProvider(uk.caseview.sdk.store.KeyProvider.ephemeral())
                .build();
    }

    /** This desk's training session: the classroom trainee's name, or the embedded server's one desk. */
    public String trainingSession() {
        return trainingSession;
    }

    /** True when this desk trains on a classroom's shared server rather than its own embedded one. */
    public boolean inClassroom() {
        return mode == Mode.TRAINING && stub == null;
    }

    /** The stub provider's synthetic accounts, the one-click trainee first. */
    public static SignIn trainingSignIn(StubServer stub, StaffSession session) {
        return SignIn.training(stub.issuer(), session, trainingAccounts(), uk.caseview.stubs.idp.StaffAccount.PASSWORD);
    }

    /** The stub provider's synthetic accounts, the one-click trainee first: known before the stub starts. */
    public static java.util.List<SignIn.TrainingAccount> trainingAccounts() {
        return uk.caseview.stubs.idp.StaffAccount.ALL.stream()
                .map(a -> new SignIn.TrainingAccount(a.username(), a.roles())).toList();
    }

    /** Where writes go; empty when this SDK has no local store (live, without a store key). */
    public java.util.Optional<uk.caseview.sdk.outbox.Outbox> outbox() {
        return sdk.dataDirectory() == null ? java.util.Optional.empty() : java.util.Optional.of(sdk.outbox());
    }

    public Mode mode() {
        return mode;
    }

    public CaseviewSdk sdk() {
        return sdk;
    }

    public CaseviewApis apis() {
        return sdk.apis();
    }

    public CustomerViewService customerViews() {
        return customerViews;
    }

    /** How staff sign in; empty when the SDK was given its token another way (tests, tools). */
    public Optional<SignIn> signIn() {
        return Optional.ofNullable(signIn);
    }

    /** The signed-in session's bearer token, for the few calls made beside the SDK (the persona catalogue). */
    public uk.caseview.sdk.auth.TokenProvider tokens() {
        return signIn == null ? uk.caseview.sdk.auth.TokenProvider.none() : signIn.session();
    }

    /**
     * Whether the signed-in member of staff may do this. A backend built without a sign-in (a
     * tool or test that gave the SDK its own token) leaves the decision to the server's 403.
     */
    public boolean allows(uk.caseview.sdk.auth.Permission permission) {
        return signIn == null || signIn.session().allows(permission);
    }

    /**
     * Forgets everything personal this session holds: the signed-in session, every cached view in
     * memory, the offline store's saved views and the person's store key. Queued writes stay
     * (encrypted) and are sent after their author's next sign-in. Blocking (wipes the store): off
     * the FX thread.
     */
    public void signOut() {
        if (signIn != null) {
            signIn.session().signOut();
        }
        sdk.signOut();
    }

    /** Wipes the caches and the offline store's saved views, keeping the session. Blocking: off the FX thread. */
    public void forgetCustomers() {
        sdk.forgetCustomers();
    }

    /**
     * TRAINING: starts building the training server's trace index and worklist on their own threads
     * (a few seconds of CPU), once the first screen is up. Nothing in LIVE.
     */
    public void prepareTrainingData() {
        stub().ifPresent(StubServer::buildIndexesInBackground);
    }

    /** A generated training citizen's NINO, by number (the self-test opens them one after another). */
    public static String trainingNino(int index) {
        return uk.caseview.stubs.data.NinoScheme.ninoOf(index);
    }

    /** The clock the screens read dates from: the SDK's, in this PC's time zone (a lesson's fixed date in training). */
    public java.time.Clock clock() {
        return sdk.clock().withZone(java.time.ZoneId.systemDefault());
    }

    /** The lesson's fixed date, in training when one is set. */
    public Optional<java.time.LocalDate> trainingDate() {
        return trainingDate;
    }

    /** A clock on {@code day} at this moment's time of day, running on from there. */
    static java.time.Clock clockOn(java.time.LocalDate day) {
        java.time.Clock now = java.time.Clock.systemDefaultZone();
        return java.time.Clock.offset(now, java.time.Duration.ofDays(
                java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(now), day)));
    }

    /** The embedded stub server, in training mode. */
    public Optional<StubServer> stub() {
        return Optional.ofNullable(stub);
    }

    /** Where the APIs are, for the status bar: the host, never a path or query. */
    public URI address() {
        return address;
    }

    @Override
    public void close() {
        try {
            customerViews.close();
            sdk.close();
        } finally {
            if (stub != null) {
                stub.close();
            }
            deleteThrowAwayData();
        }
    }

    /** Its key lived only in memory, so what is in it was unreadable already; this just tidies up. */
    private void deleteThrowAwayData() {
        if (throwAwayData == null) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(throwAwayData)) {
            for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(f);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            LOG.warn("Training store not removed ({})", e.getClass().getSimpleName());
        }
    }
}
