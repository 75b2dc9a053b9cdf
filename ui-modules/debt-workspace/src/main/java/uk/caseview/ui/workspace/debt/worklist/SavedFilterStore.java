package uk.caseview.ui.workspace.debt.worklist;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.caseview.sdk.json.Json;

/**
 * Saved worklist filters, one JSON file under the user's configuration directory. It holds
 * criteria and the names caseworkers give them; a name that looks like a National Insurance
 * number is refused, so nothing identifying a person is written to disk. Blocking: call off the
 * FX thread.
 */
public final class SavedFilterStore {

    public static final int MAX_NAME = 60;

    // A NINO anywhere in the name, with or without spaces.
    private static final Pattern NINO_LIKE = Pattern.compile("[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]");

    private final Path file;

    public SavedFilterStore(Path file) {
        this.file = file;
    }

    /** {@code <config>/debt-workspace/saved-filters.json}. */
    public static SavedFilterStore inConfigDirectory(Path configDirectory) {
        return new SavedFilterStore(configDirectory.resolve("debt-workspace").resolve("saved-filters.json"));
    }

    public Path file() {
        return file;
    }

    /** The saved filters, or none if there is no file yet. A damaged file is an error, not an empty list. */
    public List<SavedFilter> load() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return List.copyOf(Json.mapper().readValue(file.toFile(), new TypeReference<List<SavedFilter>>() {}));
    }

    /** Writes the whole list: to a temporary file first, then moved over the old one, so a crash never leaves half a file. */
    public void save(List<SavedFilter> filters) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "saved-filters", ".tmp");
        try {
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), filters);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Why {@code name} can't be used, in words a caseworker can act on; empty if it can. */
    public static Optional<String> problemWithName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("Give the filter a name, like \"Broken plans over £1,000\".");
        }
        if (n.length() > MAX_NAME) {
            return Optional.of("Keep the name to " + MAX_NAME + " characters.");
        }
        if (NINO_LIKE.matcher(n.toUpperCase(Locale.ROOT)).find()) {
            return Optional.of("Saved filters can't hold a National Insurance number: they are stored on this computer.");
        }
        return Optional.empty();
    }
}
