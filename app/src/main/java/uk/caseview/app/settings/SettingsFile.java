package uk.caseview.app.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where {@link DisplaySettings} live: {@code settings.properties} in Caseview's folder
 * (~/.caseview unless {@code caseview.settings.dir} says otherwise). Blocking: read before the
 * window exists and write from a background thread, never on the FX thread. A write goes to a
 * temporary file first and is moved into place, so a crash never leaves half a file.
 */
public final class SettingsFile {

    /** Asked for when needed, not when the class loads: logging starts beside the first frame, not before it. */
    private static Logger log() {
        return LoggerFactory.getLogger(SettingsFile.class);
    }
    static final String NAME = "settings.properties";

    private final Path file;

    public SettingsFile(Path directory) {
        this.file = directory.resolve(NAME);
    }

    public static SettingsFile forThisUser() {
        String dir = System.getProperty("caseview.settings.dir");
        return new SettingsFile(dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".caseview"));
    }

    /** The saved settings, or the first-start ones when there are none or they can't be read. */
    public DisplaySettings load() {
        if (!Files.isRegularFile(file)) {
            return DisplaySettings.FIRST_START;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return DisplaySettings.from(p);
        } catch (IOException | IllegalArgumentException e) {
            log().warn("Display settings unreadable ({}); starting with the defaults", e.getClass().getSimpleName());
            return DisplaySettings.FIRST_START;
        }
    }

    public void save(DisplaySettings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                settings.toProperties().store(out, "Caseview display settings: nothing personal is kept here");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Losing a window size is not worth interrupting a caseworker for.
            log().warn("Display settings not saved: {}", e.getClass().getSimpleName());
        }
    }
}
