package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.config.IdleLockSetting;
import uk.caseview.app.settings.SettingsFile;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.ui.theme.Palette;

/** Issue 14: high contrast and text size stay between runs, and the settings file holds nothing personal. */
class DisplaySettingsTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void highContrastAndTextSizeAreThereNextTimeAndNothingPersonalIsKept() throws Exception {
        SettingsFile settings = new SettingsFile(dir);
        try (AppHarness harness = AppHarness.start("trainee", IdleLockSetting.DEFAULT, settings)) {
            harness.open(robot, "ZX000001A");
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
            for (int i = 0; i < 2; i++) {
                robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(harness.app.theme().fontScaleProperty().get()).isEqualTo(1.2);
            Path file = dir.resolve("settings.properties");
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Files.isRegularFile(file) && Files.readString(file).contains("text.scale=1.20"));
            String kept = Files.readString(file);
            assertThat(kept).contains("high.contrast=true");
            assertThat(kept).as("no NINO, name or address").doesNotContain("ZX").doesNotContain("ZX000001A")
                    .doesNotContainIgnoringCase("evans");
        }

        try (AppHarness again = AppHarness.start("trainee", IdleLockSetting.DEFAULT, settings)) {
            waitUntil(Duration.ofSeconds(5), () -> again.app.theme().paletteProperty().get() == Palette.HIGH_CONTRAST);
            assertThat(again.app.theme().fontScaleProperty().get()).isEqualTo(1.2);
        }
    }

    @Test
    void atTwoHundredPercentTheHeaderKeepsAgeAndLanguageWholeAndTheAddressGivesWay() throws Exception {
        try (AppHarness harness = AppHarness.start("trainee", IdleLockSetting.DEFAULT, new SettingsFile(dir))) {
            harness.open(robot, "ZX000006A"); // a long care-home address
            robot.interact(() -> harness.app.theme().setFontScale(uk.caseview.ui.theme.Theme.MAX_SCALE));
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : java.util.List.of("#header-born", "#header-language")) {
                waitUntil(Duration.ofSeconds(5), () -> shown(id).equals(robot.lookup(id).queryLabeled().getText()));
            }
            assertThat(shown("#header-born")).startsWith("Age 92, born 22 Apr 1934");
            assertThat(shown("#header-address")).as("the address gives way, whole in its tooltip").endsWith("...");
            assertThat(robot.lookup("#header-address").queryLabeled().getTooltip().getText()).endsWith("NR2 3HJ");
            // The status bar's server and staff names give way too, and are whole on hover.
            for (String id : java.util.List.of("#status-environment", "#status-user")) {
                javafx.scene.control.Labeled cut = robot.lookup(id).queryLabeled();
                assertThat(cut.getTooltip().getText()).as(id).isEqualTo(cut.getText()).isNotBlank();
            }
        }
    }

    /** What a label draws, which is its text cut with an ellipsis when it does not fit. */
    private String shown(String id) {
        javafx.scene.Node text = robot.lookup(id).queryLabeled().lookup(".text");
        return text == null ? "" : ((javafx.scene.text.Text) text).getText();
    }
}
