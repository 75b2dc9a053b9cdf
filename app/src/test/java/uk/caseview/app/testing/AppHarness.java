package uk.caseview.app.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.CaseviewApp;
import uk.caseview.app.backend.Backend;
import uk.caseview.app.config.ConnectionChecks;
import uk.caseview.app.config.Mode;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.shell.MainWindow;
import uk.caseview.app.signin.SignIn;
import uk.caseview.sdk.auth.StaffSession;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.Nino;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;

/**
 * Starts the real app on a real embedded stub server, as training mode does, with test hooks: a
 * counting customer-view service, short SDK timeouts so a hung API gives up fast, and a circuit
 * breaker that re-tests an API after 2 s so recovery tests don't sit out the default 15 s.
 */
public final class AppHarness implements AutoCloseable {

    public final StubServer stub;
    public final CountingCustomerViews views;
    public final CaseviewApp app;
    public final MainWindow window;
    public final StubHttp http;
    /** Where the app's bearer token comes from; null window until someone signs in. */
    public final StaffSession session;
    /** The app's SDK, for what the screen does not show (whether the store is unlocked, and for whom). */
    public final CaseviewSdk sdk;

    private AppHarness(StubServer stub, CountingCustomerViews views, CaseviewApp app, MainWindow window,
            StaffSession session, CaseviewSdk sdk) {
        this.sdk = sdk;
        this.stub = stub;
        this.views = views;
        this.app = app;
        this.window = window;
        this.session = session;
        this.http = new StubHttp(stub.baseUri(), stub.accessToken(uk.caseview.stubs.idp.StaffAccount.TRAINEE));
    }

    /** The app, already signed in as the trainee (frontline agent and debt officer), as most tests want it. */
    public static AppHarness start() throws Exception {
        return start("trainee");
    }

    /**
     * @param account the stub account to sign in as before the window opens, or null to start at
     *                the sign-in screen
     */
    public static AppHarness start(String account) throws Exception {
        return start(account, uk.caseview.app.config.IdleLockSetting.DEFAULT);
    }

    /** @param idleLock how long without input before the window locks */
    public static AppHarness start(String account, Duration idleLock) throws Exception {
        return start(account, idleLock, null);
    }

    /** @param settings where the app keeps its display settings between runs, or null for none */
    public static AppHarness start(String account, Duration idleLock, uk.caseview.app.settings.SettingsFile settings)
            throws Exception {
        // A small trace index keeps the first trace quick; personas are always traceable.
        StubServer stub = StubServer.start(StubConfig.defaults().withTraceIndexSize(10_000));
        StaffSession session = new StaffSession(true, java.time.Clock.systemUTC());
        CaseviewSdk sdk = CaseviewSdk.builder()
                .tokenProvider(session)
                .baseUri(stub.baseUri())
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofMillis(1500))
                .dataDirectory(java.nio.file.Files.createTempDirectory("caseview-test-"))
                .storePerPerson() // as the app's own: each person's keys released by the server at sign-in
                .keyProvider(uk.caseview.sdk.store.KeyProvider.ephemeral())
                .outboxSettings(new uk.caseview.sdk.outbox.OutboxSettings(
                        Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofHours(1)))
                // A fault a test clears should be over in seconds, not after the breaker's usual 15 s.
                .resilience(uk.caseview.sdk.http.ResilienceSettings.defaults().withBreakerOpenFor(Duration.ofSeconds(2)))
                .build();
        CountingCustomerViews views = new CountingCustomerViews(sdk.customerViews());
        // Re-check a down service every second, so a test sees the status bar catch up with a cleared fault quickly.
        SignIn signIn = Backend.trainingSignIn(stub, session);
        if (account != null) {
            signIn.asTrainingAccount(account);
        }
        Backend backend = new Backend(Mode.TRAINING, sdk, views, stub, stub.baseUri(), signIn)
                .withConnectionChecks(new ConnectionChecks(Duration.ofSeconds(30), Duration.ofSeconds(1)));
        FxToolkit.registerPrimaryStage();
        CaseviewApp app = (CaseviewApp) FxToolkit.setupApplication(() -> new CaseviewApp(() -> backend, idleLock,
                settings));
        MainWindow window = account == null ? null : app.ready().get(60, TimeUnit.SECONDS);
        return new AppHarness(stub, views, app, window, session, sdk);
    }

    /** Types the NINO in the search box as a caseworker does, and waits until the customer's tab has every source's answer. */
    public CustomerTab open(FxRobot robot, String nino) throws Exception {
        robot.clickOn("#nino-search").eraseText(30).write(nino).type(KeyCode.ENTER);
        waitUntil(Duration.ofSeconds(5), () -> window.customer(Nino.parse(nino)).isPresent());
        CustomerTab tab = window.customer(Nino.parse(nino)).orElseThrow();
        waitUntil(Duration.ofSeconds(20), () -> tab.viewProperty().get().isComplete());
        return tab;
    }

    /** Backspaces only erase what is left of the caret, which lands where the click does: clear first. */
    public static void replaceText(FxRobot robot, String query, String text) throws Exception {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        WaitForAsyncUtils.asyncFx(field::clear).get();
        robot.clickOn(field).write(text);
    }

    /** Polls (without sleeping the FX thread) until the condition, read on the FX thread, holds. */
    public static void waitUntil(Duration timeout, BooleanSupplier onFx) throws Exception {
        WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS,
                () -> WaitForAsyncUtils.asyncFx(onFx::getAsBoolean).get());
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
