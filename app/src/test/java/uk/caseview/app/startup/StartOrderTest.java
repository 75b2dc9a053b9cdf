package uk.caseview.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import uk.caseview.app.CaseviewApp;
import uk.caseview.app.backend.Backend;
import uk.caseview.app.config.AppConfig;
import uk.caseview.app.config.Mode;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.shell.MainWindow;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.ui.fx.ScrollPanes;

/**
 * Issue 13's "defer work": the installed app's first frame is the sign-in screen, taking a click
 * while the training server is still starting behind it; the click is not lost, and the server's
 * indexes are built only after the search field is ready. And a customer's
 * screen holds no bitmap-cached scroll pane, the leak the memory benchmark found (decision 1302).
 */
class StartOrderTest {

    private final FxRobot robot = new FxRobot();
    private CaseviewApp app;
    private AppHarness harness;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theSignInScreenTakesAClickBeforeTheTrainingServerHasStartedAndTheClickGoesThroughOnceItHas()
            throws Exception {
        CountDownLatch serverMayStart = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Backend> started = new java.util.concurrent.atomic.AtomicReference<>();
        FxToolkit.registerPrimaryStage();
        app = (CaseviewApp) FxToolkit.setupApplication(() -> new CaseviewApp(Mode.TRAINING, () -> {
            try {
                serverMayStart.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            started.set(Backend.start(AppConfig.training()));
            return started.get();
        }, uk.caseview.app.config.IdleLockSetting.DEFAULT));

        waitUntil(Duration.ofSeconds(10), () -> robot.lookup("#sign-in-trainee").tryQuery().isPresent());
        Button trainee = robot.lookup("#sign-in-trainee").queryButton();
        assertThat(trainee.isDisabled()).as("ready for the click with no server yet").isFalse();
        assertThat(robot.lookup(".sign-in .button").queryAll()).as("the trainee and the four single roles").hasSize(5);

        robot.clickOn("#sign-in-trainee");
        waitUntil(Duration.ofSeconds(5), () -> robot.lookup("#sign-in-message").queryAs(Labeled.class).getText()
                .startsWith("Starting Caseview's connection"));
        assertThat(app.currentWindow()).isEmpty();

        serverMayStart.countDown();
        MainWindow window = app.ready().get(60, TimeUnit.SECONDS);
        waitUntil(Duration.ofSeconds(10), () -> window.search().field().isFocused());
        waitUntil(Duration.ofSeconds(10), () -> window.status().userText().startsWith("Trainee"));

        // The training server's trace index and worklist (seconds of CPU) wait until the trainee has
        // the search field, then fill the time spent typing a first NINO.
        uk.caseview.stubs.StubServer stub = started.get().stub().orElseThrow();
        assertThat(stub.indexesStarted()).as("nothing built while signing in").isFalse();
        waitUntil(Duration.ofSeconds(10), stub::indexesStarted);
    }

    @Test
    void aCustomersScreenDrawsItsScrollPanesDirectlyNotFromACachedBitmap() throws Exception {
        harness = AppHarness.start();
        CustomerTab tab = harness.open(robot, "ZX000001A");

        var scrollPanes = robot.from(tab.content()).lookup((javafx.scene.Node n) -> n instanceof ScrollPane)
                .queryAllAs(ScrollPane.class);
        assertThat(scrollPanes).as("the customer screen, the citizen and award panels scroll").hasSizeGreaterThanOrEqualTo(3);
        assertThat(scrollPanes).noneMatch(ScrollPanes::viewportCached);
    }
}
