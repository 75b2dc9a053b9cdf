package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.shell.MainWindow;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.Nino;

/**
 * Signing in as a caseworker would: the app opens at the sign-in screen, one click signs the
 * trainee in, a session that ends asks for sign-in over the open work, and sign-out forgets the
 * customers and returns to sign-in.
 */
class SignInFlowTest {

    private final FxRobot robot = new FxRobot();
    private AppHarness harness;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void oneClickSignsTheTraineeInAndTheStatusBarSaysWhoAndWithWhatRoles() throws Exception {
        harness = AppHarness.start(null);
        waitUntil(Duration.ofSeconds(20), () -> robot.lookup("#sign-in-trainee").tryQuery().isPresent());
        assertThat(harness.session.user()).isEmpty();

        robot.clickOn("#sign-in-trainee");

        MainWindow window = harness.app.ready().get(20, TimeUnit.SECONDS);
        waitUntil(Duration.ofSeconds(5), () -> window.status().userText().equals("Trainee (Debt officer, Frontline agent)"));
        assertThat(harness.session.user()).isPresent();
        waitUntil(Duration.ofSeconds(10), () -> window.status().connectionText().equals("Connected"));
        // The start page's persona cards come from the training server, which wants the token too.
        waitUntil(Duration.ofSeconds(10), () -> robot.lookup("#training-personas .cv-persona-card").queryAll().size() > 5);
    }

    @Test
    void aSessionThatEndsAsksForSignInAndKeepsTheOpenCustomer() throws Exception {
        harness = AppHarness.start("trainee");
        harness.open(robot, "ZX000001A");

        harness.session.rejectedByServer();

        waitUntil(Duration.ofSeconds(10), () -> robot.lookup("#sign-in-reason").tryQuery().isPresent());
        String reason = robot.lookup("#sign-in-reason").queryLabeled().getText();
        assertThat(reason).contains("Sign in again").contains("open work is kept");
        robot.clickOn("#sign-in-trainee");
        waitUntil(Duration.ofSeconds(10), () -> harness.window.root().getScene() != null
                && harness.window.customer(Nino.parse("ZX000001A")).isPresent());
    }

    @Test
    void signingOutForgetsTheCustomersAndAnotherRoleCanSignIn() throws Exception {
        harness = AppHarness.start("trainee");
        harness.open(robot, "ZX000001A");

        robot.clickOn("#sign-out");

        waitUntil(Duration.ofSeconds(10), () -> robot.lookup("#sign-in-leader").tryQuery().isPresent());
        assertThat(harness.session.user()).isEmpty();
        robot.clickOn("#sign-in-leader");
        waitUntil(Duration.ofSeconds(10), () -> robot.lookup("#status-user").tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText()).orElse("").equals("Lee Leader (synthetic) (Team leader)"));
        // A new window: the trainee's, with the customer they had open, is gone.
        Node search = robot.lookup("#nino-search").query();
        assertThat(search.getScene()).isNotNull();
        assertThat(harness.window.root().getScene()).as("the trainee's window is gone").isNull();
    }
}
