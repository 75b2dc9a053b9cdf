package uk.caseview.app.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How often Caseview re-checks that it can reach the APIs on its own, between the checks that
 * real calls prompt. Often while something is down, so the screen says so soon after it is back;
 * rarely while everything answers, so an idle PC costs the services almost nothing.
 *
 * @param whileAnswering the wait between checks while every API answers
 * @param whileDown      the wait between checks while any API does not
 */
public record ConnectionChecks(Duration whileAnswering, Duration whileDown) {

    public ConnectionChecks {
        Objects.requireNonNull(whileAnswering, "whileAnswering");
        Objects.requireNonNull(whileDown, "whileDown");
        if (whileAnswering.isNegative() || whileAnswering.isZero() || whileDown.isNegative() || whileDown.isZero()) {
            throw new IllegalArgumentException("connection check intervals must be positive");
        }
    }

    public static ConnectionChecks defaults() {
        return new ConnectionChecks(Duration.ofSeconds(60), Duration.ofSeconds(10));
    }
}
