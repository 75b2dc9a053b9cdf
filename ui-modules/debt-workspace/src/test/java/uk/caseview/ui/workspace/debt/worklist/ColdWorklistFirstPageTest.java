package uk.caseview.ui.workspace.debt.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * A debt officer opening the worklist on a cold stub (its 120,000-debt caseload built on first use)
 * through the real SDK, with the app tests' short 1.5 s read timeout: the first page arrives and no
 * failure is ever shown. Before the stub answered "preparing", the first request was held for the
 * whole build and timed out into "The worklist could not be loaded."
 */
class ColdWorklistFirstPageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 12);

    @TempDir
    Path config;

    @Test
    void theFirstPageArrivesWithNoFailureShown() throws Exception {
        List<String> summaries = new CopyOnWriteArrayList<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService fxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
        try (StubServer stub = StubServer.start(StubConfig.defaults().withToday(TODAY));
                CaseviewSdk sdk = CaseviewSdk.builder().tokenProvider(TokenProvider.fixed(stub.accessToken(StaffAccount.TRAINEE))).baseUri(stub.baseUri())
                        .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofMillis(1500)).build()) {
            BackgroundTasks tasks = new BackgroundTasks(Executors.newVirtualThreadPerTaskExecutor(), fxThread);
            Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            CompletableFuture.runAsync(() -> {
                WorklistViewModel m = new WorklistViewModel(
                        (filter, page, size) -> sdk.apis().debt().worklist(filter.toQuery(page, size)),
                        SavedFilterStore.inConfigDirectory(config), tasks, clock);
                m.summaryProperty().addListener((o, was, now) -> summaries.add(now));
                m.failureProperty().addListener((o, was, now) -> failures.add(now));
                m.start();
            }, fxThread).get();

            // Polls the recorded screen text; two minutes is only a hang guard.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (summaries.stream().noneMatch(s -> s.endsWith("debts match")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(summaries).as("summary lines shown").last().asString().endsWith("debts match");
            assertThat(failures).as("failure lines shown").allMatch(Objects::isNull);
            assertThat(summaries).allMatch(s -> s.equals("Loading the worklist…")
                    || s.equals("Preparing the worklist…") || s.endsWith("debts match"));
        } finally {
            fxThread.shutdownNow();
        }
    }
}
