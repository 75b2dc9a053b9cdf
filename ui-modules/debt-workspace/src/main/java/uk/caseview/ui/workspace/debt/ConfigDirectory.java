package uk.caseview.ui.workspace.debt;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a caseworker's own settings live: {@code caseview.config.dir} if set (tests, portable
 * installs), else the platform's place for application settings.
 */
public final class ConfigDirectory {

    public static final String PROPERTY = "caseview.config.dir";

    private ConfigDirectory() {}

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Caseview") : Path.of(home, "AppData", "Roaming", "Caseview");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Caseview");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "caseview") : Path.of(home, ".config", "caseview");
    }
}
