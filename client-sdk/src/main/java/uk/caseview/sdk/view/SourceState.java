package uk.caseview.sdk.view;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one source of a customer view holds right now. Panels render exactly this, so the
 * screen never claims more than the SDK knows.
 */
public sealed interface SourceState<T> {

    /** The request is in flight; nothing to show yet. */
    record Loading<T>() implements SourceState<T> {}

    /**
     * Data in hand. {@code fetchedAt} is when the server produced it; {@code fromCache} says it
     * came from the local cache or offline store rather than this request.
     */
    record Loaded<T>(T value, Instant fetchedAt, boolean fromCache) implements SourceState<T> {
        public Loaded {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(fetchedAt, "fetchedAt");
        }

        public Duration ageAt(Instant now) {
            return Duration.between(fetchedAt, now);
        }
    }

    /** The source could not be fetched; {@code reason} is written for a caseworker to read. */
    record Unavailable<T>(String reason) implements SourceState<T> {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static <T> SourceState<T> loading() {
        return new Loading<>();
    }
}
