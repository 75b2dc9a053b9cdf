package uk.caseview.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.ui.theme.Theme;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void whatIsSavedComesBack() {
        SettingsFile file = new SettingsFile(dir);
        DisplaySettings saved = new DisplaySettings(true, 1.5, 1280, 800, 40, 30, false);
        file.save(saved);
        assertThat(file.load()).isEqualTo(saved);
    }

    @Test
    void noFileOrAnUnreadableOneStartsWithTheDefaults() throws Exception {
        SettingsFile file = new SettingsFile(dir);
        assertThat(file.load()).isEqualTo(DisplaySettings.FIRST_START);
        Files.writeString(dir.resolve(SettingsFile.NAME), "text.scale=huge\\nwindow.width=-5\\nhigh.contrast=maybe\\u0000");
        DisplaySettings read = file.load();
        assertThat(read.textScale()).isEqualTo(1.0);
        assertThat(read.width()).isZero();
        assertThat(read.highContrast()).isFalse();
    }

    @Test
    void aTextSizeOutsideWhatTheLayoutIsTestedAtIsClamped() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "text.scale=9\n");
        assertThat(new SettingsFile(dir).load().textScale()).isEqualTo(Theme.MAX_SCALE);
    }
}
