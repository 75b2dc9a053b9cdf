package uk.caseview.sdk.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.cache.CacheKey;
import uk.caseview.sdk.cache.Fetched;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.view.Source;

/**
 * The last-seen answer of each source per person, on disk, so a caseworker can read recent
 * customers with the network down. Each record is JSON encrypted with AES-256-GCM; its
 * associated data binds it to its row, so a ciphertext moved to another person's row fails to
 * decrypt. Rows are found by an HMAC of the NINO, never the NINO itself. Entries expire after
 * the retention period and are purged; {@link #wipe()} removes them all.
 *
 * <p>Failures here never break a customer view: they are logged (without personal data) and the
 * view carries on as if the store were empty.
 */
public final class OfflineStore {

    private static final Logger log = LoggerFactory.getLogger(OfflineStore.class);

    private final StoreDatabase db;
    private final StoreKeys keys;
    private final Duration retention;
    private final Clock clock;

    OfflineStore(StoreDatabase db, StoreKeys keys, Duration retention, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.retention = retention;
        this.clock = clock;
    }

    public Duration retention() {
        return retention;
    }

    public void put(CacheKey key, Fetched<?> value) {
        if (!keys.isUnlocked()) {
            return; // nobody signed in to keep it for (a reply landing just after sign-out)
        }
        try {
            String lookup = keys.lookup(key.nino().value());
            String variant = variant(key);
            byte[] json = Json.mapper().writeValueAsBytes(value.value());
            byte[] payload = keys.encrypt(json, associatedData(lookup, key.source(), variant));
            Instant expires = value.fetchedAt().plus(retention);
            long now = clock.millis();
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO views(lookup, source, variant, fetched_at, expires_at, payload)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT(lookup, source, variant) DO UPDATE SET
                          fetched_at = excluded.fetched_at, expires_at = excluded.expires_at,
                          payload = excluded.payload
                        WHERE excluded.fetched_at >= views.fetched_at""")) {
                    ps.setString(1, lookup);
                    ps.setString(2, key.source().name());
                    ps.setString(3, variant);
                    ps.setLong(4, value.fetchedAt().toEpochMilli());
                    ps.setLong(5, expires.toEpochMilli());
                    ps.setBytes(6, payload);
                    ps.executeUpdate();
                }
                try (PreparedStatement purge = c.prepareStatement("DELETE FROM views WHERE expires_at <= ?")) {
                    purge.setLong(1, now);
                    purge.executeUpdate();
                }
                return null;
            });
        } catch (Exception e) {
            log.warn("Offline store could not save {}: {}", key.source(), e.getClass().getSimpleName());
        }
    }

    public Optional<Fetched<Object>> get(CacheKey key) {
        if (!keys.isUnlocked()) {
            return Optional.empty();
        }
        try {
            String lookup = keys.lookup(key.nino().value());
            String variant = variant(key);
            long now = clock.millis();
            record Row(long fetchedAt, byte[] payload) {}
            Optional<Row> row = db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT fetched_at, payload FROM views
                        WHERE lookup = ? AND source = ? AND variant = ? AND expires_at > ?""")) {
                    ps.setString(1, lookup);
                    ps.setString(2, key.source().name());
                    ps.setString(3, variant);
                    ps.setLong(4, now);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(new Row(rs.getLong(1), rs.getBytes(2))) : Optional.empty();
                    }
                }
            });
            if (row.isEmpty()) {
                return Optional.empty();
            }
            byte[] json = keys.decrypt(row.get().payload(), associatedData(lookup, key.source(), variant));
            Object value = Json.mapper().readValue(json, type(key.source()));
            return Optional.of(new Fetched<>(value, Instant.ofEpochMilli(row.get().fetchedAt())));
        } catch (Exception e) {
            log.warn("Offline store could not read {}: {}", key.source(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Deletes entries past their retention; returns how many. */
    public int purgeExpired() throws SQLException {
        long now = clock.millis();
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM views WHERE expires_at <= ?")) {
                ps.setLong(1, now);
                return ps.executeUpdate();
            }
        });
    }

    /** Removes every stored view and empties the WAL, e.g. when the caseworker signs out. */
    public void wipe() throws SQLException {
        db.inTransaction(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM views");
            }
        });
        db.checkpoint();
    }

    public int count() throws SQLException {
        return db.inTransaction(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM views")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private static String variant(CacheKey key) {
        return key.window() == null ? "" : key.window().from() + ".." + key.window().to();
    }

    private static byte[] associatedData(String lookup, Source source, String variant) {
        return ("views|" + lookup + "|" + source.name() + "|" + variant).getBytes(StandardCharsets.UTF_8);
    }

    private static Class<?> type(Source source) {
        return switch (source) {
            case CITIZEN -> Citizen.class;
            case EARNINGS -> Earnings.class;
            case AWARD -> Awards.class;
            case DEBT -> Debts.class;
            case EVIDENCE -> EvidenceList.class;
        };
    }

}
