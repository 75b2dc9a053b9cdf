package uk.caseview.sdk.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.http.ResilienceSettings;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.testing.FakeApiServer;
import uk.caseview.sdk.testing.MutableClock;
import uk.caseview.sdk.testing.SampleRecords;

class DefaultCustomerViewServiceTest {

    private static final String N = SampleRecords.NINO.value();
    private static final String EARNINGS_PATH = SampleRecords.path(Source.EARNINGS);
    private static final long GUARD_SECONDS = 20;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-15T10:00:00Z"));
    private FakeApiServer server;
    private CaseviewSdk sdk;

    @BeforeEach
    void start() throws IOException {
        server = SampleRecords.serveAll(new FakeApiServer());
        sdk = CaseviewSdk.builder()
                .baseUri(server.baseUri())
                .clock(clock)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(3))
                // Only earnings is ever made to hang here: a shorter read timeout keeps those tests quick.
                .timeouts(Source.EARNINGS, Duration.ofSeconds(2), Duration.ofMillis(1500))
                .sourceDeadline(Source.EARNINGS, Duration.ofMillis(2500))
                .resilience(ResilienceSettings.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)))
                .build();
    }

    @AfterEach
    void stop() {
        sdk.close();
        server.close();
    }

    @Test
    void mergesAllFiveSourcesAndAnnouncesEachAsItLands() throws Exception {
        RecordingListener listener = new RecordingListener();

        CustomerView view = sdk.customerViews().load(SampleRecords.NINO, listener).get(GUARD_SECONDS, TimeUnit.SECONDS);

        assertThat(view.isComplete()).isTrue();
        assertThat(view.states().values()).allSatisfy(s ->
                assertThat(s).isInstanceOfSatisfying(SourceState.Loaded.class, l -> {
                    assertThat(l.freshness()).isEqualTo(SourceState.Freshness.FRESH);
                    assertThat(l.fetchedAt()).isEqualTo(clock.instant());
                }));
        assertThat(((SourceState.Loaded<Citizen>) view.citizen()).value().name().surname())
                .isEqualTo(SampleRecords.SURNAME);
        assertThat(listener.updates()).extracting(RecordingListener.Update::source)
                .containsExactlyInAnyOrder(Source.values());
        // Views are announced in order: each includes every source announced before it.
        for (int i = 0; i < listener.updates().size(); i++) {
            CustomerView v = listener.updates().get(i).view();
            assertThat(v.states().values().stream().filter(s -> s instanceof SourceState.Loaded<?>).count())
                    .isEqualTo(i + 1);
        }
    }

    @Test
    void asksForTheLastTwelveMonthsOfEarningsByDefault() throws Exception {
        sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);

        var earningsCall = server.requests().stream()
                .filter(r -> r.pathAndQuery().startsWith(EARNINGS_PATH)).findFirst().orElseThrow();
        assertThat(earningsCall.pathAndQuery()).endsWith("?from=2024-03-15&to=2025-03-15");
    }

    @Test
    void aCallerCanChooseTheEarningsWindow() throws Exception {
        var window = new EarningsWindow(LocalDate.of(2020, 4, 6), LocalDate.of(2021, 4, 5));

        sdk.customerViews().load(SampleRecords.NINO, window, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);

        assertThat(server.requests()).anySatisfy(r ->
                assertThat(r.pathAndQuery()).isEqualTo(EARNINGS_PATH + "?from=2020-04-06&to=2021-04-05"));
    }

    @Test
    void aFailingSourceStatesItsReasonAndTheOthersStillArrive() throws Exception {
        server.status(SampleRecords.path(Source.DEBT), 503, "{\"title\":\"Unavailable\",\"status\":503}", Map.of("Retry-After", "30"));

        CustomerView view = sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);

        assertThat(view.debts()).isInstanceOfSatisfying(SourceState.Unavailable.class, u -> {
            assertThat(u.reason()).isEqualTo("The Debt service is unavailable right now; try again in 30 seconds.");
            // The reference to quote is the start of the correlation id the failed request carried.
            String sent = server.requests().stream().filter(r -> r.pathAndQuery().startsWith(SampleRecords.path(Source.DEBT)))
                    .reduce((a, b) -> b).orElseThrow().header("X-Correlation-Id");
            assertThat(u.reference()).hasSize(8).isEqualTo(sent.substring(0, 8));
        });
        for (Source s : new Source[] {Source.CITIZEN, Source.AWARD, Source.EARNINGS, Source.EVIDENCE}) {
            assertThat(view.state(s)).isInstanceOf(SourceState.Loaded.class);
        }
    }

    @Test
    void aHangingSourceDoesNotHoldUpTheOthersAndEndsAtItsDeadline() throws Exception {
        server.hang(EARNINGS_PATH);
        CountDownLatch fourLanded = new CountDownLatch(4);
        RecordingListener recorder = new RecordingListener();

        var future = sdk.customerViews().load(SampleRecords.NINO, (view, source) -> {
            recorder.onSourceUpdated(view, source);
            if (source != Source.EARNINGS) {
                fourLanded.countDown();
            }
        });

        assertThat(fourLanded.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        CustomerView view = future.get(GUARD_SECONDS, TimeUnit.SECONDS);
        assertThat(view.earnings()).isInstanceOfSatisfying(SourceState.Unavailable.class, u ->
                assertThat(u.reason()).isEqualTo("Earnings service did not answer within 1.5 seconds."));
        // The earnings state was the last one announced: the other four never waited for it.
        assertThat(recorder.updates().getLast().source()).isEqualTo(Source.EARNINGS);
    }

    @Test
    void aSourceSlowerThanItsDeadlineIsCutOffWithTheDeadlineInTheReason() throws Exception {
        try (CaseviewSdk tight = CaseviewSdk.builder().baseUri(server.baseUri()).clock(clock)
                .readTimeout(Duration.ofSeconds(30))
                .sourceDeadline(Source.EARNINGS, Duration.ofMillis(300))
                .build()) {
            server.hang(EARNINGS_PATH);
            CustomerView view = tight.customerViews().load(SampleRecords.NINO, (v, s) -> {})
                    .get(GUARD_SECONDS, TimeUnit.SECONDS);
            assertThat(view.earnings()).isInstanceOfSatisfying(SourceState.Unavailable.class, u -> assertThat(u.reason())
                    .isEqualTo("Earnings service did not answer within 300 milliseconds."));
        }
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheView() throws Exception {
        CustomerView view = sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {
            throw new IllegalStateException("listener bug");
        }).get(GUARD_SECONDS, TimeUnit.SECONDS);

        assertThat(view.isComplete()).isTrue();
    }

    @Test
    void aRecentlySeenCustomerComesFromTheCacheWithoutAnyCall() throws Exception {
        sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);
        int callsAfterFirst = server.requests().size();
        clock.advance(Duration.ofSeconds(10));

        CustomerView again = sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);

        assertThat(server.requests()).hasSize(callsAfterFirst);
        assertThat(again.states().values()).allSatisfy(s -> assertThat(s)
                .isInstanceOfSatisfying(SourceState.Loaded.class, l -> {
                    assertThat(l.freshness()).isEqualTo(SourceState.Freshness.CACHED);
                    assertThat(l.ageAt(clock.instant())).isEqualTo(Duration.ofSeconds(10));
                }));
    }

    @Test
    void anOlderCachedValueIsShownAtOnceThenReplacedByTheFreshOne() throws Exception {
        sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);
        clock.advance(Duration.ofMinutes(3)); // past evidence's and debt's refresh windows, within citizen's
        RecordingListener listener = new RecordingListener();

        sdk.customerViews().load(SampleRecords.NINO, listener).get(GUARD_SECONDS, TimeUnit.SECONDS);

        assertThat(listener.statesOf(Source.EVIDENCE)).extracting(s -> ((SourceState.Loaded<?>) s).freshness())
                .containsExactly(SourceState.Freshness.CACHED, SourceState.Freshness.FRESH);
        assertThat(listener.statesOf(Source.CITIZEN)).extracting(s -> ((SourceState.Loaded<?>) s).freshness())
                .containsExactly(SourceState.Freshness.CACHED);
        assertThat(server.requestsTo("/citizen/")).isEqualTo(1);
        assertThat(server.requestsTo("/evidence/")).isEqualTo(2);
    }

    @Test
    void theCachedValueIsShownWhileTheRefreshIsStillInFlight() throws Exception {
        sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);
        clock.advance(Duration.ofMinutes(3));
        CountDownLatch refreshArrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        String evidence = SampleRecords.json(SampleRecords.evidence(5));
        server.on(SampleRecords.path(Source.EVIDENCE), (ex, s) -> {
            refreshArrived.countDown();
            release.await(GUARD_SECONDS, TimeUnit.SECONDS);
            FakeApiServer.respond(ex, 200, "application/json", evidence);
        });
        CountDownLatch cachedShown = new CountDownLatch(1);
        RecordingListener listener = new RecordingListener();

        var future = sdk.customerViews().load(SampleRecords.NINO, (view, source) -> {
            listener.onSourceUpdated(view, source);
            if (source == Source.EVIDENCE && view.evidence() instanceof SourceState.Loaded<?> l && l.fromCache()) {
                cachedShown.countDown();
            }
        });

        assertThat(cachedShown.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(refreshArrived.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(future).isNotDone();
        release.countDown();
        CustomerView view = future.get(GUARD_SECONDS, TimeUnit.SECONDS);
        assertThat(view.evidence()).isInstanceOfSatisfying(SourceState.Loaded.class, l -> {
            assertThat(l.freshness()).isEqualTo(SourceState.Freshness.FRESH);
            assertThat(((uk.caseview.sdk.model.evidence.EvidenceList) l.value()).items()).hasSize(5);
        });
    }

    @Test
    void whenARefreshFailsTheCachedValueStaysMarkedStaleWithTheReason() throws Exception {
        sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);
        clock.advance(Duration.ofMinutes(3));
        server.reset(SampleRecords.path(Source.DEBT));

        CustomerView view = sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);

        assertThat(view.debts()).isInstanceOfSatisfying(SourceState.Loaded.class, l -> {
            assertThat(l.freshness()).isEqualTo(SourceState.Freshness.STALE);
            assertThat(l.note()).isEqualTo("Couldn't refresh: Caseview couldn't reach the Debt service."
                    + " Check the network connection, then retry.");
            assertThat(l.ageAt(clock.instant())).isEqualTo(Duration.ofMinutes(3));
        });
    }

    @Test
    void reloadFetchesOneSourceAgainAndKeepsTheOthers() throws Exception {
        server.status(EARNINGS_PATH, 500, "", Map.of());
        CustomerView first = sdk.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(GUARD_SECONDS, TimeUnit.SECONDS);
        assertThat(first.earnings()).isInstanceOf(SourceState.Unavailable.class);
        server.json(EARNINGS_PATH, SampleRecords.json(SampleRecords.earnings(3)));
        RecordingListener listener = new RecordingListener();

        CustomerView reloaded = sdk.customerViews().reload(SampleRecords.NINO, Source.EARNINGS, listener)
                .get(GUARD_SECONDS, TimeUnit.SECONDS);

        assertThat(reloaded.earnings()).isInstanceOfSatisfying(SourceState.Loaded.class, l ->
                assertThat(((Earnings) l.value()).employments().getFirst().periods()).hasSize(3));
        assertThat(reloaded.citizen()).isEqualTo(first.citizen());
        assertThat(listener.updates()).extracting(RecordingListener.Update::source)
                .containsExactly(Source.EARNINGS);
        assertThat(server.requestsTo("/citizen/")).isEqualTo(1);
    }
}
