package uk.caseview.sdk.outbox;

import java.time.Duration;

/**
 * How the outbox retries writes the API could not take yet: exponential backoff with jitter
 * from {@code initialBackoff} up to {@code maxBackoff}, never sooner than a Retry-After, and
 * without limit on attempts (a write is never given up on by the machine, only by a person).
 *
 * @param keepSentFor how long sent and discarded entries stay listed before they are purged
 */
public record OutboxSettings(Duration initialBackoff, Duration maxBackoff, Duration keepSentFor) {

    public static OutboxSettings defaults() {
        return new OutboxSettings(Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofDays(1));
    }
}
