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
 *
 * <p>Two ways to hold the keys. {@link #open} unlocks one set for the machine at once (tools,
 * tests, a deployment-supplied key). {@link #openLocked} is for shared desks: each person has
 * their own keys under {@code people/}, wrapped by the key the service releases to them at
 * sign-in, and the store is unreadable between one person's sign-out and the next sign-in.
 * Records are sealed and looked up with the signed-in person's keys only, so one person's queued
 * writes and saved views cannot be read, or sent, in another's session.
 */
public final class LocalStore implements AutoCloseable {

    private final StoreDatabase database;
    private final StoreKeys keys;
    private final OfflineStore views;
    /** The data directory when each person has their own keys; null when the machine has one set. */
    private final Path root;

    /** Where each person's wrapped keys live, one folder each. */
    static final String PEOPLE = "people";

    private LocalStore(StoreDatabase database, StoreKeys keys, OfflineStore views, Path root) {
        this.database = database;
        this.keys = keys;
        this.views = views;
        this.root = root;
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
            return new LocalStore(database, keys, views, null);
        } catch (GeneralSecurityException e) {
            throw new StoreUnavailableException(
                    "Caseview can't unlock its saved data on this computer. " + e.getMessage(), e);
        } catch (IOException | SQLException e) {
            throw new StoreUnavailableException("Caseview can't open its saved data in " + directory + ".", e);
        }
    }

    /**
     * Opens the database with no keys: nothing can be read or written until {@link #unlockFor}.
     * Rows left by others stay unreadable and expire as usual.
     */
    public static LocalStore openLocked(Path directory, Duration retention, Clock clock) {
        try {
            StoreDatabase database = StoreDatabase.open(directory);
            StoreKeys keys = StoreKeys.locked();
            OfflineStore views = new OfflineStore(database, keys, retention, clock);
            views.purgeExpired();
            return new LocalStore(database, keys, views, directory);
        } catch (SQLException e) {
            throw new StoreUnavailableException("Caseview can't open its saved data in " + directory + ".", e);
        }
    }

    /**
     * From now on, this person's keys (created on their first sign-in at this computer). Their
     * folder is named by a hash of their released key, so the disk does not say whose it is.
     *
     * @param personKey  the 32-byte key the service released to the signed-in person; not kept
     * @param machineKey the deployment's key for this machine, wrapped around the person's, if any
     * @throws StoreUnavailableException if the keys there can't be unlocked with these
     */
    public void unlockFor(byte[] personKey, java.util.Optional<KeyProvider> machineKey) {
        PersonKeyProvider person = new PersonKeyProvider(personKey);
        KeyProvider kek = machineKey.<KeyProvider>map(m -> new LayeredKeyProvider(m, person)).orElse(person);
        Path folder = personFolder(personKey);
        try {
            keys.unlock(folder, kek);
        } catch (GeneralSecurityException e) {
            throw new StoreUnavailableException(
                    "Caseview can't unlock your saved work on this computer. " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreUnavailableException("Caseview can't read its saved data in " + folder + ".", e);
        } finally {
            person.forget();
        }
        try {
            views.purgeExpired();
        } catch (SQLException | RuntimeException e) {
            // Purging is housekeeping: the rows are never served once expired anyway.
        }
    }

    /** Lets go of the signed-in person's keys: until the next {@link #unlockFor} nothing is readable. */
    public void lock() {
        keys.lock();
    }

    public boolean isUnlocked() {
        return keys.isUnlocked();
    }

    /** True when each person has their own keys ({@link #openLocked}). */
    public boolean perPerson() {
        return root != null;
    }

    private Path personFolder(byte[] personKey) {
        if (root == null) {
            throw new IllegalStateException("This store holds one set of keys for the machine; it was not opened locked");
        }
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update("caseview store folder|".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] name = sha.digest(personKey);
            return root.resolve(PEOPLE).resolve(java.util.HexFormat.of().formatHex(name, 0, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
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
