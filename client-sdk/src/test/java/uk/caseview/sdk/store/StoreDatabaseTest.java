package uk.caseview.sdk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written by an earlier Caseview opens, keeps its queued writes and gains the newer columns. */
class StoreDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneStoreIsMigratedWithItsQueuedWritesKept() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoreDatabase.FILE_NAME).toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE outbox (
                      seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, idem_key TEXT NOT NULL,
                      customer TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
                      attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL,
                      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, payload BLOB NOT NULL, outcome BLOB)""");
            s.execute("INSERT INTO outbox(id, idem_key, customer, kind, status, next_attempt_at, created_at, updated_at,"
                    + " payload) VALUES ('w1', 'k1', 'c1', 'Contact note', 'QUEUED', 0, 0, 0, x'00')");
            s.execute("PRAGMA user_version=1");
        }

        StoreDatabase db = StoreDatabase.open(dir);
        List<String> columns = new ArrayList<>();
        int version = db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(outbox)")) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
        int kept = db.inTransaction(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox WHERE id = 'w1' AND author IS NULL")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
        db.close();

        assertThat(columns).contains("author");
        assertThat(version).isEqualTo(2);
        assertThat(kept).as("the earlier write, now unattributed, still queued").isEqualTo(1);
    }
}
