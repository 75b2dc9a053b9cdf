package uk.caseview.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.error.ApiTimeoutException;
import uk.caseview.sdk.error.CircuitOpenException;
import uk.caseview.sdk.error.NotFoundException;
import uk.caseview.sdk.error.ServerErrorException;
import uk.caseview.sdk.error.ServiceUnavailableException;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.testing.FakeApiServer;
import uk.caseview.sdk.testing.SampleRecords;
import uk.caseview.sdk.view.Source;

class ApiResilienceTest {

    private static final String N = SampleRecords.NINO.value();
    private static final String AWARDS = SampleRecords.path(Source.AWARD);
    private static final String NOTES = "/citizen/v1/citizens/" + N + "/notes";
    private static final String UNAVAILABLE = "{\"title\":\"Unavailable\",\"status\":503}";

    private FakeApiServer server;
    private CaseviewSdk sdk;

    @BeforeEach
    void start() throws IOException {
        server = new FakeApiServer();
        sdk = sdk(ResilienceSettings.defaults()
                .withBackoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .withMaxRetryAfter(Duration.ofSeconds(1)));
    }

    private CaseviewSdk sdk(ResilienceSettings settings) {
        return CaseviewSdk.builder().baseUri(server.baseUri()).readTimeout(Duration.ofMillis(1500))
                .resilience(settings).build();
    }

    @AfterEach
    void stop() {
        sdk.close();
        server.close();
    }

    /** Answers 503 (Retry-After 0) the first {@code failures} times, then the awards. */
    private AtomicInteger failFirst(String path, int failures) {
        AtomicInteger calls = new AtomicInteger();
        server.on(path, (ex, s) -> {
            if (calls.incrementAndGet() <= failures) {
                ex.getResponseHeaders().add("Retry-After", "0");
                FakeApiServer.respond(ex, 503, "application/problem+json", UNAVAILABLE);
            } else {
                FakeApiServer.respond(ex, 200, "application/json", SampleRecords.json(SampleRecords.awards()));
            }
        });
        return calls;
    }

    @Test
    void aGetIsRetriedThroughTransientFailuresUnderOneCorrelationId() {
        failFirst(AWARDS, 2);

        assertThat(sdk.apis().award().getAwards(N).awards()).hasSize(1);

        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests()).extracting(r -> r.header("X-Correlation-Id")).containsOnly(
                server.requests().getFirst().header("X-Correlation-Id"));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        failFirst(AWARDS, 10);

        assertThatThrownBy(() -> sdk.apis().award().getAwards(N)).isInstanceOf(ServiceUnavailableException.class);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aRetryAfterLongerThanTheCapFailsAtOnceSoTheCaseworkerIsToldWhen() {
        server.status(AWARDS, 503, UNAVAILABLE, java.util.Map.of("Retry-After", "120"));

        ServiceUnavailableException e =
                catchThrowableOfType(ServiceUnavailableException.class, () -> sdk.apis().award().getAwards(N));

        assertThat(server.requests()).hasSize(1);
        assertThat(e.userMessage()).endsWith("try again in 2 minutes.");
    }

    @Test
    void aPostWithoutAnIdempotencyKeyIsNeverRetried() {
        failFirst(NOTES, 10);

        assertThatThrownBy(() -> sdk.apis().citizen().recordNote(N, null, new NewContactNote("Called", ContactChannel.PHONE)))
                .isInstanceOf(ServiceUnavailableException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aPostWithAnIdempotencyKeyIsRetriedWithTheSameKey() {
        failFirst(NOTES, 10);

        assertThatThrownBy(() -> sdk.apis().citizen()
                .recordNote(N, "idem-0000001", new NewContactNote("Called", ContactChannel.PHONE)))
                .isInstanceOf(ServiceUnavailableException.class);
        assertThat(server.requests()).hasSize(3).extracting(r -> r.header("Idempotency-Key")).containsOnly("idem-0000001");
    }

    @Test
    void notFoundAndTimeoutsAreNotRetried() {
        assertThatThrownBy(() -> sdk.apis().award().getAwards(N)).isInstanceOf(NotFoundException.class);
        server.hang(AWARDS);
        assertThatThrownBy(() -> sdk.apis().award().getAwards(N)).isInstanceOf(ApiTimeoutException.class);

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresThenLetsATestCallThroughAndCloses() throws InterruptedException {
        sdk.close();
        sdk = sdk(new ResilienceSettings(1, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ZERO,
                10, 5, 50f, Duration.ofMillis(200), 8, Duration.ofMillis(100)));
        server.status(AWARDS, 500, "", java.util.Map.of());

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> sdk.apis().award().getAwards(N)).isInstanceOf(ServerErrorException.class);
        }
        CircuitOpenException open = catchThrowableOfType(CircuitOpenException.class, () -> sdk.apis().award().getAwards(N));
        assertThat(open.reason()).isEqualTo(CircuitOpenException.Reason.CIRCUIT_OPEN);
        assertThat(server.requests()).hasSize(5);
        // Other APIs have their own breakers.
        assertThatThrownBy(() -> sdk.apis().debt().getDebts(N)).isInstanceOf(NotFoundException.class);

        server.json(AWARDS, SampleRecords.json(SampleRecords.awards()));
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        boolean recovered = false;
        while (!recovered && System.nanoTime() < guard) {
            try {
                sdk.apis().award().getAwards(N);
                recovered = true;
            } catch (CircuitOpenException stillOpen) {
                Thread.sleep(20); // polling the breaker, not timing anything
            }
        }
        assertThat(recovered).isTrue();
    }

    @Test
    void theBulkheadTurnsAwayCallsBeyondItsLimit() throws Exception {
        sdk.close();
        sdk = CaseviewSdk.builder().baseUri(server.baseUri()).readTimeout(Duration.ofSeconds(20))
                .resilience(new ResilienceSettings(1, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ZERO,
                        10, 5, 50f, Duration.ofSeconds(1), 1, Duration.ZERO))
                .build();
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.on(AWARDS, (ex, s) -> {
            inFlight.countDown();
            release.await(20, TimeUnit.SECONDS);
            FakeApiServer.respond(ex, 200, "application/json", SampleRecords.json(SampleRecords.awards()));
        });
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> sdk.apis().award().getAwards(N));
        assertThat(inFlight.await(20, TimeUnit.SECONDS)).isTrue();

        CircuitOpenException busy = catchThrowableOfType(CircuitOpenException.class, () -> sdk.apis().award().getAwards(N));

        assertThat(busy.reason()).isEqualTo(CircuitOpenException.Reason.TOO_MANY_CALLS);
        release.countDown();
        assertThat(first.get(20, TimeUnit.SECONDS)).isNotNull();
    }
}
