package uk.caseview.ui.workspace.debt;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.http.ResilienceSettings;
import uk.caseview.sdk.outbox.OutboxSettings;
import uk.caseview.sdk.store.KeyProvider;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * The embedded stub server the app runs offline, started once for a test class, with 120,000 debts
 * on the worklist, and an SDK per test talking to it over loopback HTTP, as the app does.
 */
final class StubbedDebtService {

    /** The day the stub's data is generated around; the workspace's clock says the same. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 12);

    private static StubServer server;

    private StubbedDebtService() {}

    static synchronized StubServer server() {
        if (server == null) {
            server = StubServer.start(StubConfig.defaults().withToday(TODAY).withWorklistDebts(120_000));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            warmUp(server);
        }
        return server;
    }

    /**
     * The stub builds its 120,000-debt caseload in the background on first use, answering "preparing"
     * until then. Waiting for that once here keeps the flow tests about the workspace, not the stub's
     * start-up (the workspace's own handling of "preparing" is tested in {@code ColdWorklistFirstPageTest}).
     */
    private static void warmUp(StubServer stub) {
        try {
            long started = System.nanoTime();
            if (!stub.awaitWorklist(Duration.ofMinutes(2))) {
                throw new IllegalStateException("The stub's worklist was not ready in two minutes");
            }
            System.err.printf("Stub caseload ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An SDK with its own training session (so each test's writes are its own) and an outbox in
     * {@code dataDirectory} that retries quickly, as a test can't wait minutes.
     */
    static CaseviewSdk sdk(String trainingSession, Path dataDirectory) {
        return CaseviewSdk.builder()
                .tokenProvider(TokenProvider.fixed(server().accessToken(StaffAccount.TRAINEE)))
                .baseUri(server().baseUri())
                .trainingSession(trainingSession)
                .dataDirectory(dataDirectory)
                .keyProvider(KeyProvider.ephemeral())
                .outboxSettings(new OutboxSettings(Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofDays(1)))
                .resilience(ResilienceSettings.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(100))
                        .withBreakerOpenFor(Duration.ofMillis(500)))
                .build();
    }
}
