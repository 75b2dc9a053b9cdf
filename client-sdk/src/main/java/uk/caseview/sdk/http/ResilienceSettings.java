package uk.caseview.sdk.http;

import java.time.Duration;

/**
 * How hard the SDK tries before giving up on an API, tuned for a desktop client: one
 * caseworker makes a handful of calls a minute, so the breaker judges on the last 10 calls
 * (from the 5th) rather than Resilience4j's default of 100, and re-tests the API after seconds.
 *
 * @param maxAttempts       attempts per idempotent call, the first included
 * @param initialBackoff    wait before the first retry; doubles each time, with jitter
 * @param maxBackoff        the longest wait between attempts that the SDK chooses itself
 * @param maxRetryAfter     the longest Retry-After the SDK will sit through; longer, it fails at once
 *                          and tells the caseworker when to try again
 * @param breakerWindow     calls the circuit breaker judges on
 * @param breakerMinimumCalls calls before it judges at all
 * @param breakerFailureRatePercent failure rate that opens it
 * @param breakerOpenFor    how long it stays open before letting test calls through
 * @param maxConcurrentCalls calls to one API in flight at once (the bulkhead)
 * @param maxWaitForSlot    how long a call waits for a bulkhead slot
 */
public record ResilienceSettings(
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        int breakerWindow,
        int breakerMinimumCalls,
        float breakerFailureRatePercent,
        Duration breakerOpenFor,
        int maxConcurrentCalls,
        Duration maxWaitForSlot) {

    public ResilienceSettings {
        if (maxAttempts < 1 || breakerWindow < 1 || breakerMinimumCalls < 1 || maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("Counts must be at least 1");
        }
        if (breakerFailureRatePercent <= 0 || breakerFailureRatePercent > 100) {
            throw new IllegalArgumentException("Failure rate must be in (0, 100]");
        }
    }

    public static ResilienceSettings defaults() {
        return new ResilienceSettings(3, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(5),
                10, 5, 50f, Duration.ofSeconds(15), 8, Duration.ofMillis(500));
    }

    public ResilienceSettings withBreakerOpenFor(Duration d) {
        return new ResilienceSettings(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, breakerWindow,
                breakerMinimumCalls, breakerFailureRatePercent, d, maxConcurrentCalls, maxWaitForSlot);
    }

    public ResilienceSettings withBackoff(Duration initial, Duration max) {
        return new ResilienceSettings(maxAttempts, initial, max, maxRetryAfter, breakerWindow,
                breakerMinimumCalls, breakerFailureRatePercent, breakerOpenFor, maxConcurrentCalls, maxWaitForSlot);
    }

    public ResilienceSettings withMaxRetryAfter(Duration d) {
        return new ResilienceSettings(maxAttempts, initialBackoff, maxBackoff, d, breakerWindow,
                breakerMinimumCalls, breakerFailureRatePercent, breakerOpenFor, maxConcurrentCalls, maxWaitForSlot);
    }
}
