package uk.caseview.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-01-10T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsDeltaSeconds() {
        assertThat(RetryAfter.parse("30", clock)).contains(Duration.ofSeconds(30));
    }

    @Test
    void readsAnHttpDate() {
        assertThat(RetryAfter.parse("Fri, 10 Jan 2025 12:01:30 GMT", clock)).contains(Duration.ofSeconds(90));
    }

    @Test
    void ignoresNonsense() {
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
    }
}
