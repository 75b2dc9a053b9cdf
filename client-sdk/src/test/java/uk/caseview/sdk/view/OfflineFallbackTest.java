package uk.caseview.sdk.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.http.ResilienceSettings;
import uk.caseview.sdk.store.KeyProvider;
import uk.caseview.sdk.testing.FakeApiServer;
import uk.caseview.sdk.testing.MutableClock;
import uk.caseview.sdk.testing.SampleRecords;

/** With the network down, recent customers are read from the encrypted offline store. */
class OfflineFallbackTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-15T10:00:00Z"));
    private final KeyProvider keys = KeyProvider.ephemeral();

    private CaseviewSdk sdk(URI base) {
        return CaseviewSdk.builder().baseUri(base).clock(clock).dataDirectory(dataDir).keyProvider(keys)
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(2))
                .resilience(ResilienceSettings.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(10)))
                .build();
    }

    private static URI nowhere() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
    }

    @Test
    void aCustomerSeenEarlierIsShownFromTheStoreWithItsAgeAndTheReason() throws Exception {
        try (FakeApiServer server = SampleRecords.serveAll(new FakeApiServer()); CaseviewSdk online = sdk(server.baseUri())) {
            online.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(20, TimeUnit.SECONDS);
        } // closing waits for the store writes
        clock.advance(Duration.ofHours(2));

        CustomerView view;
        try (CaseviewSdk offline = sdk(nowhere())) {
            view = offline.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(20, TimeUnit.SECONDS);
        }

        assertThat(view.states().values()).allSatisfy(state ->
                assertThat(state).isInstanceOfSatisfying(SourceState.Loaded.class, l -> {
                    assertThat(l.freshness()).isEqualTo(SourceState.Freshness.STALE);
                    assertThat(l.ageAt(clock.instant())).isEqualTo(Duration.ofHours(2));
                    assertThat(l.note()).startsWith("Caseview couldn't reach the ");
                }));
        assertThat(view.citizen().summary(clock.instant())).isEqualTo("Saved copy, 2 hours old. Caseview couldn't"
                + " reach the Citizen service. Check the network connection, then retry.");
        assertThat(((SourceState.Loaded<?>) view.citizen()).value()).isEqualTo(SampleRecords.citizen());
    }

    @Test
    void afterSignOutNothingIsLeftToShowOffline() throws Exception {
        try (FakeApiServer server = SampleRecords.serveAll(new FakeApiServer()); CaseviewSdk online = sdk(server.baseUri())) {
            online.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(20, TimeUnit.SECONDS);
        }
        try (CaseviewSdk again = sdk(nowhere())) {
            assertThat(again.offlineStore().orElseThrow().count()).isEqualTo(5);
            again.signOut();
            assertThat(again.offlineStore().orElseThrow().count()).isZero();

            CustomerView view = again.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(20, TimeUnit.SECONDS);

            assertThat(view.states().values()).allSatisfy(s -> assertThat(s).isInstanceOf(SourceState.Unavailable.class));
        }
    }

    @Test
    void entriesPastTheRetentionAreNotShown() throws Exception {
        try (FakeApiServer server = SampleRecords.serveAll(new FakeApiServer()); CaseviewSdk online = sdk(server.baseUri())) {
            online.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(20, TimeUnit.SECONDS);
        }
        clock.advance(Duration.ofHours(73));

        try (CaseviewSdk offline = sdk(nowhere())) {
            CustomerView view = offline.customerViews().load(SampleRecords.NINO, (v, s) -> {}).get(20, TimeUnit.SECONDS);
            assertThat(view.states().values()).allSatisfy(s -> assertThat(s).isInstanceOf(SourceState.Unavailable.class));
            assertThat(offline.offlineStore().orElseThrow().count()).isZero();
        }
    }
}
