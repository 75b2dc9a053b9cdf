package uk.caseview.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import uk.caseview.app.CaseviewApp;

/**
 * The installed app's start with a bad setting in the user config file: the window says which
 * setting, where it was set and what it must be, offers Quit, and starts nothing behind it. No
 * stack trace, no half-started main window.
 */
class SettingsNeedAttentionTest {

    private final FxRobot robot = new FxRobot();

    @TempDir
    Path home;

    private CaseviewApp app;

    @AfterEach
    void tidy() throws Exception {
        System.clearProperty("caseview.config");
        System.clearProperty("caseview.settings.dir");
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aBadSettingInTheConfigFileIsNamedOnTheFirstScreenWithQuit() throws Exception {
        Path config = home.resolve("caseview.properties");
        Files.writeString(config, "caseview.idle.lock.minutes=forever\n");
        // The installed app reads these at start: point both at this test's folder, not the real user's.
        System.setProperty("caseview.config", config.toString());
        System.setProperty("caseview.settings.dir", home.resolve("settings").toString());

        FxToolkit.registerPrimaryStage();
        app = (CaseviewApp) FxToolkit.setupApplication(CaseviewApp::new);

        waitUntil(Duration.ofSeconds(20), () -> robot.lookup("#splash-status").queryAs(Labeled.class).getText()
                .startsWith("Caseview's settings need attention"));
        String said = robot.lookup("#splash-status").queryAs(Labeled.class).getText();
        assertThat(said).contains("caseview.idle.lock.minutes").contains(config.toString())
                .contains("whole number of minutes from 1 to").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(robot.lookup(".button").match(b -> ((Button) b).getText().equals("Quit")).queryAs(Button.class)
                .isVisible()).isTrue();
        assertThat(app.currentWindow()).as("nothing started behind it").isEmpty();
        assertThat(app.ready()).isCompletedExceptionally();
    }
}
