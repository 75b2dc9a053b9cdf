package uk.caseview.sdk.view;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import uk.caseview.sdk.error.DurationText;

/**
 * What one source of a customer view holds right now. Panels render exactly this, so the
 * screen never claims more than the SDK knows.
 */
public sealed interface SourceState<T> {

    /** The request is in flight; nothing to show yet. */
    record Loading<T>() implements SourceState<T> {}

    /**
     * Data in hand. {@code fetchedAt} is when the SDK received it from the server;
     * {@code fromCache} says it came from the in-memory cache or the offline store rather than
     * this request. {@code stale} says it is older than its source's freshness window and is
     * shown only because a fresh copy could not be fetched; {@code note} (nullable) then says
     * why, in words for a caseworker.
     */
    record Loaded<T>(T value, Instant fetchedAt, boolean fromCache, boolean stale, String note)
            implements SourceState<T> {
        public Loaded {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(fetchedAt, "fetchedAt");
        }

        public Loaded(T value, Instant fetchedAt, boolean fromCache) {
            this(value, fetchedAt, fromCache, false, null);
        }

        public static <T> Loaded<T> fresh(T value, Instant fetchedAt) {
            return new Loaded<>(value, fetchedAt, false, false, null);
        }

        public static <T> Loaded<T> cached(T value, Instant fetchedAt) {
            return new Loaded<>(value, fetchedAt, true, false, null);
        }

        public static <T> Loaded<T> stale(T value, Instant fetchedAt, String note) {
            return new Loaded<>(value, fetchedAt, true, true, note);
        }

        public Freshness freshness() {
            if (!fromCache) {
                return Freshness.FRESH;
            }
            return stale ? Freshness.STALE : Freshness.CACHED;
        }

        public Duration ageAt(Instant now) {
            return Duration.between(fetchedAt, now);
        }
    }

    /**
     * The source could not be fetched; {@code reason} is written for a caseworker to read, and
     * {@code reference} (the request's short correlation id, or null) is what they quote to the
     * service desk.
     */
    record Unavailable<T>(String reason, String reference) implements SourceState<T> {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }

        /** A reason without a request to refer to (e.g. several sources failed at once). */
        public Unavailable(String reason) {
            this(reason, null);
        }
    }

    /** How far a {@link Loaded} value can be trusted. */
    enum Freshness {
        /** Fetched by this request. */
        FRESH,
        /** From the cache, within its source's freshness window; a refresh may be on its way. */
        CACHED,
        /** Past its freshness window, shown because no fresh copy could be fetched. */
        STALE
    }

    static <T> SourceState<T> loading() {
        return new Loading<>();
    }

    /** One line for a panel's status bar: "Loading…", "Up to date", "Cached, 3 minutes old", a reason. */
    default String summary(Instant now) {
        return switch (this) {
            case Loading<T> l -> "Loading…";
            case Unavailable<T> u -> u.reason();
            case Loaded<T> l -> switch (l.freshness()) {
                case FRESH -> "Up to date";
                case CACHED -> "Cached, " + DurationText.of(l.ageAt(now)) + " old";
                case STALE -> "Saved copy, " + DurationText.of(l.ageAt(now)) + " old"
                        + (l.note() == null ? "" : ". " + l.note());
            };
        };
    }
}
