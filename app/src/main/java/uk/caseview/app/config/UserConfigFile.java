package uk.caseview.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The deployment's settings for one user, in a properties file: where the APIs and the identity
 * provider are, and the trust store. An installed Caseview with no file (and nothing in the
 * environment) runs on its built-in training server.
 *
 * <p>Found at {@code CASEVIEW_CONFIG} (or {@code -Dcaseview.config}) if set, else
 * {@code ~/.caseview/caseview.properties}. Its keys are the system properties' names, e.g.
 * {@code caseview.api.url=https://gateway.example}. A command-line {@code -D} beats the
 * environment, and the environment beats this file (packaging/README.md).
 *
 * <p>It holds addresses and a trust store's location, nothing personal, and Caseview never writes it.
 */
public final class UserConfigFile {

    /** No file: every setting comes from the command line or the environment. */
    public static final UserConfigFile NONE = new UserConfigFile(null, new Properties());

    private final Path path;
    private final Properties values;

    private UserConfigFile(Path path, Properties values) {
        this.path = path;
        this.values = values;
    }

    /** The file this user's Caseview reads; blocking (reads the disk), so not on the FX thread. */
    public static UserConfigFile forThisUser() {
        return load(where(System.getProperty("caseview.config"), System.getenv("CASEVIEW_CONFIG"),
                System.getProperty("user.home")));
    }

    static Path where(String property, String environment, String home) {
        if (property != null && !property.isBlank()) {
            return Path.of(property.trim());
        }
        if (environment != null && !environment.isBlank()) {
            return Path.of(environment.trim());
        }
        return Path.of(home, ".caseview", "caseview.properties");
    }

    /**
     * @throws IllegalArgumentException naming the file, when it exists but cannot be read as properties
     */
    public static UserConfigFile load(Path path) {
        if (!Files.isRegularFile(path)) {
            return new UserConfigFile(path, new Properties());
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Caseview cannot read its settings file " + path + " ("
                    + e.getClass().getSimpleName() + "). Fix or remove it.", e);
        }
        return new UserConfigFile(path, p);
    }

    /** A setting by its property name, e.g. {@code caseview.api.url}; blank counts as unset. */
    public Optional<String> get(String property) {
        String v = values.getProperty(property);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** Where this file is (or would be), for messages; empty for {@link #NONE}. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }
}
