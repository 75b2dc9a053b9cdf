package uk.caseview.sdk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the SDK keeps on the caseworker's machine: one encrypted SQLite database in the
 * data directory holding the offline views and the write outbox, and the wrapped keys beside it.
 */
public final class LocalStore implements AutoCloseable {

    private final StoreDatabase database;
    private final StoreKeys keys;
    private final OfflineStore views;

    private LocalStore(StoreDatabase database, StoreKeys keys, OfflineStore views) {
        this.database = database;
        this.keys = keys;
        this.views = views;
    }

    /**
     * Opens (creating if needed) the store in {@code directory}.
     *
     * @throws StoreUnavailableException with a caseworker-readable message if the keys can't be
     *                                   unlocked or the database can't be opened
     */
    public static LocalStore open(Path directory, KeyProvider keyProvider, Duration retention, Clock clock) {
        try {
            StoreKeys keys = StoreKeys.open(directory, keyProvider);
            StoreDatabase database = StoreDatabase.open(directory);
            OfflineStore views = new OfflineStore(database, keys, retention, clock);
            views.purgeExpired();
            return new LocalStore(database, keys, views);
        } catch (GeneralSecurityException e) {
            throw new StoreUnavailableException(
                    "Caseview can't unlock its saved data on this computer. " + e.getMessage(), e);
        } catch (IOException | SQLException e) {
            throw new StoreUnavailableException("Caseview can't open its saved data in " + directory + ".", e);
        }
    }

    public OfflineStore views() {
        return views;
    }

    public StoreDatabase database() {
        return database;
    }

    StoreKeys keys() {
        return keys;
    }

    /** For the outbox, which shares the database and keys. */
    public Sealer sealer() {
        return new Sealer(keys);
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
