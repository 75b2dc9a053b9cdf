package uk.caseview.sdk.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A source's answer and when the SDK received it. */
public record Fetched<T>(T value, Instant fetchedAt) {

    public Fetched {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    public Duration ageAt(Instant now) {
        return Duration.between(fetchedAt, now);
    }

    @Override
    public String toString() {
        return "Fetched[" + value.getClass().getSimpleName() + " at " + fetchedAt + "]";
    }
}
