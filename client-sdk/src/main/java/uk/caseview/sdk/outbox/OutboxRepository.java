package uk.caseview.sdk.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.caseview.sdk.store.StoreDatabase;

/**
 * The outbox table. Rows are ordered by {@code seq}; a customer's writes go out in that order,
 * so a row is due only when no earlier unsent row for the same customer is ahead of it.
 * Payloads and outcomes arrive here already sealed; {@code customer} is an HMAC, not a NINO.
 */
final class OutboxRepository {

    record Row(long seq, String id, String idempotencyKey, String kind, String status, int attempts,
            long createdAt, long updatedAt, byte[] payload, byte[] outcome) {
        Row withAttempts(int n) {
            return new Row(seq, id, idempotencyKey, kind, status, n, createdAt, updatedAt, payload, outcome);
        }
    }

    private static final String COLUMNS =
            "seq, id, idem_key, kind, status, attempts, created_at, updated_at, payload, outcome";
    private static final String UNSENT = "('QUEUED','NEEDS_ATTENTION','CONFLICT')";

    private final StoreDatabase db;

    OutboxRepository(StoreDatabase db) {
        this.db = db;
    }

    /** A write to queue: its line is the customer's keyed hash, its kind what {@link WriteRequest#describe()} says. */
    record NewRow(String id, String idempotencyKey, String line, String kind, byte[] payload, String author) {}

    /**
     * Whose writes may go now. {@link #ANYONE} when writes are not attributed; otherwise only
     * unattributed writes and those of {@code author} (null: nobody is signed in).
     */
    record Sendable(boolean anyone, String author) {
        static final Sendable ANYONE = new Sendable(true, null);

        String clause() {
            return anyone ? "" : " AND (o.author IS NULL OR o.author = ?)";
        }

        int bind(PreparedStatement ps, int at) throws SQLException {
            if (!anyone) {
                ps.setString(at++, author);
            }
            return at;
        }
    }

    /** Queues the rows in one transaction: all are on disk, or none. */
    void insert(List<NewRow> rows, long now) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO outbox(id, idem_key, customer, kind, status, attempts, next_attempt_at,
                                       created_at, updated_at, payload, author)
                    VALUES (?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?, ?)""")) {
                for (NewRow row : rows) {
                    ps.setString(9, row.author());
                    ps.setString(1, row.id());
                    ps.setString(2, row.idempotencyKey());
                    ps.setString(3, row.line());
                    ps.setString(4, row.kind());
                    ps.setLong(5, now);
                    ps.setLong(6, now);
                    ps.setLong(7, now);
                    ps.setBytes(8, row.payload());
                    ps.executeUpdate();
                }
                return rows.size();
            }
        });
    }

    /** The earliest queued write that is due and first in its customer's line. */
    Optional<Row> nextDue(long now, Sendable sendable) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox o"
                    + " WHERE o.status = 'QUEUED' AND o.next_attempt_at <= ?" + sendable.clause()
                    + " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.customer = o.customer AND p.seq < o.seq"
                    + "                 AND p.status IN " + UNSENT + ")"
                    + " ORDER BY o.seq LIMIT 1")) {
                ps.setLong(1, now);
                sendable.bind(ps, 2);
                return first(ps);
            }
        });
    }

    /** When the next queued write that is first in its line falls due, if any. */
    Optional<Long> nextWakeUp(Sendable sendable) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT min(o.next_attempt_at) FROM outbox o"
                    + " WHERE o.status = 'QUEUED'" + sendable.clause()
                    + " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.customer = o.customer AND p.seq < o.seq"
                    + "                 AND p.status IN " + UNSENT + ")")) {
                sendable.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long v = rs.getLong(1);
                        return rs.wasNull() ? Optional.empty() : Optional.of(v);
                    }
                    return Optional.empty();
                }
            }
        });
    }

    /** Sent: the payload (personal data) is no longer needed and is dropped. */
    void markSent(String id, long now) throws SQLException {
        update(id, "status = 'SENT', payload = x'', outcome = NULL, updated_at = ?", now);
    }

    /** The same customer's writes queued behind this one and never tried yet, in line order. */
    List<Row> untriedBehind(String id) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox"
                    + " WHERE status = 'QUEUED' AND attempts = 0"
                    + " AND customer = (SELECT customer FROM outbox WHERE id = ?)"
                    + " AND seq > (SELECT seq FROM outbox WHERE id = ?) ORDER BY seq")) {
                ps.setString(1, id);
                ps.setString(2, id);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * A new payload for a write that has never been tried, keeping its key: nothing was ever sent
     * under that key, so no server has a first answer to it to disagree with.
     */
    boolean replaceUntriedPayload(String id, byte[] payload, long now) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET payload = ?, updated_at = ?"
                    + " WHERE id = ? AND status = 'QUEUED' AND attempts = 0")) {
                ps.setBytes(1, payload);
                ps.setLong(2, now);
                ps.setString(3, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    void markRetry(String id, int attempts, long nextAttemptAt, byte[] outcome, long now) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET attempts = ?, next_attempt_at = ?,"
                    + " outcome = ?, updated_at = ? WHERE id = ? AND status = 'QUEUED'")) {
                ps.setInt(1, attempts);
                ps.setLong(2, nextAttemptAt);
                ps.setBytes(3, outcome);
                ps.setLong(4, now);
                ps.setString(5, id);
                return ps.executeUpdate();
            }
        });
    }

    void markStopped(String id, String status, int attempts, byte[] outcome, long now) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = ?, attempts = ?, outcome = ?,"
                    + " updated_at = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setInt(2, attempts);
                ps.setBytes(3, outcome);
                ps.setLong(4, now);
                ps.setString(5, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Back in line at its old place, with a new payload and key when the caseworker changed it. */
    boolean requeue(String id, String idempotencyKey, byte[] payload, long now) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = 'QUEUED', idem_key = ?,"
                    + " payload = ?, outcome = NULL, next_attempt_at = ?, updated_at = ?"
                    + " WHERE id = ? AND status IN ('NEEDS_ATTENTION','CONFLICT')")) {
                ps.setString(1, idempotencyKey);
                ps.setBytes(2, payload);
                ps.setLong(3, now);
                ps.setLong(4, now);
                ps.setString(5, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    boolean discard(String id, long now) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET status = 'DISCARDED', payload = x'',"
                    + " outcome = NULL, updated_at = ? WHERE id = ? AND status IN " + UNSENT)) {
                ps.setLong(1, now);
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    int purgeFinishedBefore(long before) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM outbox WHERE status IN ('SENT','DISCARDED') AND updated_at < ?")) {
                ps.setLong(1, before);
                return ps.executeUpdate();
            }
        });
    }

    int count(String statusList) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox WHERE status IN " + statusList);
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** The caseworker's own unsent writes; audit records are bookkeeping and not counted. */
    int pending() throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM outbox WHERE status IN " + UNSENT + " AND kind <> ?")) {
                ps.setString(1, WriteRequest.AuditEventWrite.KIND);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    Optional<Row> find(String id) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE id = ?")) {
                ps.setString(1, id);
                return first(ps);
            }
        });
    }

    List<Row> all() throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox ORDER BY seq");
                    ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row(rs));
                }
                return rows;
            }
        });
    }

    private void update(String id, String set, long now) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET " + set + " WHERE id = ?")) {
                ps.setLong(1, now);
                ps.setString(2, id);
                return ps.executeUpdate();
            }
        });
    }

    private static Optional<Row> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getLong(7), rs.getLong(8), rs.getBytes(9), rs.getBytes(10));
    }
}
