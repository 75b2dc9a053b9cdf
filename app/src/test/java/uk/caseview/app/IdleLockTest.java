package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.config.IdleLockSetting;
import uk.caseview.app.shell.MainWindow;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.Nino;

/** Left alone, the window locks: customers off the screen, sign-in required, work kept for the same person only. */
class IdleLockTest {

    private static final Duration IDLE = Duration.ofSeconds(3);
    private final FxRobot robot = new FxRobot();
    private AppHarness harness;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void anIdleWindowHidesTheCustomerAndTheSamePersonGetsItBackBySigningIn() throws Exception {
        harness = AppHarness.start("trainee", IDLE);
        harness.open(robot, "ZX000001A");

        waitUntil(Duration.ofSeconds(15), () -> robot.lookup("#sign-in-reason").tryQuery().isPresent());
        assertThat(robot.lookup("#sign-in-reason").queryLabeled().getText())
                .isEqualTo("Caseview locked after 3 seconds without use. Sign in again to carry on; your open work is kept.");
        assertThat(harness.window.root().getScene()).as("the customer is off the screen").isNull();
        assertThat(harness.session.user()).as("the tokens are gone").isEmpty();

        robot.clickOn("#sign-in-trainee");
        waitUntil(Duration.ofSeconds(10), () -> harness.window.root().getScene() != null);
        assertThat(harness.window.customer(Nino.parse("ZX000001A"))).as("the same window, the customer still open")
                .isPresent();
    }

    @Test
    void someoneElseSigningInAtALockedWindowGetsAFreshOne() throws Exception {
        harness = AppHarness.start("trainee", IDLE);
        harness.open(robot, "ZX000001A");
        waitUntil(Duration.ofSeconds(15), () -> robot.lookup("#sign-in-leader").tryQuery().isPresent());

        robot.clickOn("#sign-in-leader");

        waitUntil(Duration.ofSeconds(10), () -> harness.app.currentWindow().map(w -> w.root().getScene() != null)
                .orElse(false));
        MainWindow now = WaitForAsyncUtils.asyncFx(() -> harness.app.currentWindow().orElseThrow()).get();
        assertThat(now).isNotSameAs(harness.window);
        assertThat(WaitForAsyncUtils.asyncFx(() -> now.customer(Nino.parse("ZX000001A"))).get()).isEmpty();
    }

    @Test
    void theIdleTimeIsASettingWithNoWayToSwitchItOff() {
        assertThat(IdleLockSetting.from(Map.of("caseview.idle.lock.minutes", "5")::get, k -> null))
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(IdleLockSetting.from(k -> null, Map.of("CASEVIEW_IDLE_LOCK_MINUTES", "30")::get))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(IdleLockSetting.from(k -> null, k -> null)).isEqualTo(IdleLockSetting.DEFAULT);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> IdleLockSetting.from(Map.of("caseview.idle.lock.minutes", "0")::get, k -> null))
                .hasMessageContaining("1 to 240");
    }

    @Test
    void theIdleTimeIsReadFromTheUserConfigFileLikeEveryOtherSetting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path path = dir.resolve("caseview.properties");
        java.nio.file.Files.writeString(path, "caseview.idle.lock.minutes = 7\n");
        var file = uk.caseview.app.config.UserConfigFile.load(path);
        assertThat(IdleLockSetting.from(k -> null, k -> null, file)).isEqualTo(Duration.ofMinutes(7));
        assertThat(IdleLockSetting.from(k -> null, Map.of("CASEVIEW_IDLE_LOCK_MINUTES", "30")::get, file))
                .as("the environment beats the file, as for every setting").isEqualTo(Duration.ofMinutes(30));

        java.nio.file.Files.writeString(path, "caseview.idle.lock.minutes = never\n");
        var bad = uk.caseview.app.config.UserConfigFile.load(path);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IdleLockSetting.from(k -> null, k -> null, bad))
                .hasMessageContaining(path.toString()).hasMessageContaining("1 to 240").hasMessageContaining("never");
    }
}
