package uk.caseview.sdk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one SQLite file behind the offline store and the outbox, in WAL mode. One connection,
 * used under a lock: a caseworker's machine makes a few writes a minute, and a single writer
 * keeps SQLite's locking out of the picture.
 *
 * <p>{@code synchronous=FULL}: a committed transaction survives power loss, not just a crash,
 * because "saved" in the UI must mean saved. {@code secure_delete}: deleted rows are overwritten,
 * not left in free pages.
 */
public final class StoreDatabase implements AutoCloseable {

    public static final String FILE_NAME = "caseview-store.db";
    private static final int SCHEMA_VERSION = 2;

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private StoreDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static StoreDatabase open(Path directory) throws SQLException {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot create the data directory", e);
        }
        Path file = directory.resolve(FILE_NAME);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA secure_delete=ON");
            s.execute("PRAGMA busy_timeout=5000");
            migrate(s);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new StoreDatabase(file, c);
    }

    private static void migrate(Statement s) throws SQLException {
        int version;
        try (var rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version < 1) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS views (
                      lookup     TEXT    NOT NULL,
                      source     TEXT    NOT NULL,
                      variant    TEXT    NOT NULL,
                      fetched_at INTEGER NOT NULL,
                      expires_at INTEGER NOT NULL,
                      payload    BLOB    NOT NULL,
                      PRIMARY KEY (lookup, source, variant))""");
            s.execute("CREATE INDEX IF NOT EXISTS views_expiry ON views(expires_at)");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS outbox (
                      seq             INTEGER PRIMARY KEY AUTOINCREMENT,
                      id              TEXT    NOT NULL UNIQUE,
                      idem_key        TEXT    NOT NULL,
                      customer        TEXT    NOT NULL,
                      kind            TEXT    NOT NULL,
                      status          TEXT    NOT NULL,
                      attempts        INTEGER NOT NULL DEFAULT 0,
                      next_attempt_at INTEGER NOT NULL,
                      created_at      INTEGER NOT NULL,
                      updated_at      INTEGER NOT NULL,
                      payload         BLOB    NOT NULL,
                      outcome         BLOB)""");
            s.execute("CREATE INDEX IF NOT EXISTS outbox_due ON outbox(status, next_attempt_at)");
            s.execute("CREATE INDEX IF NOT EXISTS outbox_customer ON outbox(customer, seq)");
        }
        if (version < 2) {
            // Who saved each write (a keyed hash of their staff id), so it is sent only in their session.
            s.execute("ALTER TABLE outbox ADD COLUMN author TEXT");
        }
        if (version < SCHEMA_VERSION) {
            s.execute("PRAGMA user_version=" + SCHEMA_VERSION);
        }
    }

    /** Runs {@code work} in one transaction: all of it is on disk when this returns, or none of it. */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Folds the WAL back into the database file and empties it, so deleted rows leave no copy there. */
    public void checkpoint() throws SQLException {
        lock.lock();
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } finally {
            lock.unlock();
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            connection.close();
        } finally {
            lock.unlock();
        }
    }
}
