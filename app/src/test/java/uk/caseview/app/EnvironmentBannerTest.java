package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import uk.caseview.app.backend.Backend;
import uk.caseview.app.config.ConnectionChecks;
import uk.caseview.app.config.Mode;
import uk.caseview.app.shell.MainWindow;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.http.ResilienceSettings;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * The banner always says TRAINING, OFFLINE or LIVE, and the status bar says whether the services
 * answer, from the moment the window shows: judged by the connection monitor, not by whichever
 * customer happened to be opened last.
 */
class EnvironmentBannerTest {

    private static final String UNREACHABLE = "Can't reach the services: showing saved data where there is some";

    @Test
    void liveShowsOfflineWhileTheServicesAreGoneAndLiveWhenTheyReturn() throws Exception {
        // LIVE mode pointed at a standalone stub server the test can stop and start, as a gateway would go away.
        StubServer server = StubServer.start(StubConfig.defaults().withTraceIndexSize(0));
        int port = server.port();
        CaseviewSdk sdk = CaseviewSdk.builder().tokenProvider(TokenProvider.fixed(server.accessToken(StaffAccount.TRAINEE))).baseUri(server.baseUri())
                .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofMillis(1500))
                .resilience(ResilienceSettings.defaults().withBreakerOpenFor(Duration.ofSeconds(1)))
                .build();
        // Checks every second either way: nothing else happens on screen to prompt one.
        Backend live = new Backend(Mode.LIVE, sdk, sdk.customerViews(), null, server.baseUri())
                .withConnectionChecks(new ConnectionChecks(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        FxToolkit.registerPrimaryStage();
        CaseviewApp app = (CaseviewApp) FxToolkit.setupApplication(() -> new CaseviewApp(() -> live));
        StubServer again = null;
        try {
            MainWindow window = app.ready().get(60, TimeUnit.SECONDS);

            // Without opening anyone: the first check at start settles it.
            waitUntil(Duration.ofSeconds(20), () -> window.status().connectionText().equals("Connected"));
            assertThat(window.banner().shownText()).isEqualTo("LIVE");

            server.close();
            waitUntil(Duration.ofSeconds(20), () -> window.banner().shownText().equals("OFFLINE"));
            waitUntil(Duration.ofSeconds(5), () -> window.status().connectionText().equals(UNREACHABLE));
            assertThat(window.banner().getAccessibleText()).contains("saved data");

            // A new stub server signs with a new key, so it would refuse the old token (SignInFlowTest
            // covers that); without checks it stands for the same gateway coming back.
            again = StubServer.start(StubConfig.defaults().withTraceIndexSize(0).withPort(port).withoutAuth());
            waitUntil(Duration.ofSeconds(20), () -> window.banner().shownText().equals("LIVE"));
            waitUntil(Duration.ofSeconds(5), () -> window.status().connectionText().equals("Connected"));
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            server.close();
            if (again != null) {
                again.close();
            }
        }
    }

    @Test
    void trainingStaysTrainingButTheStatusBarSaysWhenItsServerStopsAnswering() throws Exception {
        try (AppHarness harness = AppHarness.start()) {
            MainWindow window = harness.window;
            waitUntil(Duration.ofSeconds(20), () -> window.status().connectionText().equals("Connected"));
            for (StubApi api : StubApi.values()) {
                harness.stub.faults().set(api, Fault.NONE.withReset(true));
            }
            // Opening a customer whose panels then fail to load prompts a check at once.
            new FxRobot().clickOn("#nino-search").eraseText(30).write("ZX000013A").type(KeyCode.ENTER);
            waitUntil(Duration.ofSeconds(30), () -> window.status().connectionText().equals(UNREACHABLE));
            assertThat(window.banner().shownText()).isEqualTo("TRAINING");

            harness.stub.faults().clearAll();
            waitUntil(Duration.ofSeconds(20), () -> window.status().connectionText().equals("Connected"));
            assertThat(window.banner().shownText()).isEqualTo("TRAINING");
        }
    }
}
