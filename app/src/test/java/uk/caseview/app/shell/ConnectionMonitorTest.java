package uk.caseview.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.caseview.app.config.ConnectionChecks;
import uk.caseview.app.shell.ConnectionMonitor.Health;
import uk.caseview.app.shell.ConnectionMonitor.Outcome;
import uk.caseview.sdk.view.Source;

/**
 * The monitor's judgement, driven by hand: each check is run directly with {@code checkNow()} on
 * a scripted probe, so nothing here waits on a clock. The schedule itself is not started.
 */
class ConnectionMonitorTest {

    private final Map<Source, Outcome> script = new EnumMap<>(Source.class);
    private final List<ConnectionMonitor.Snapshot> told = new ArrayList<>();
    private final ConnectionMonitor monitor = new ConnectionMonitor(
            s -> script.getOrDefault(s, Outcome.ANSWERED), ConnectionChecks.defaults(), told::add);

    @AfterEach
    void close() {
        monitor.close();
    }

    private void all(Outcome outcome) {
        for (Source s : Source.values()) {
            script.put(s, outcome);
        }
    }

    @Test
    void saysItIsCheckingUntilItKnowsAnything() {
        assertThat(monitor.snapshot().state()).isEqualTo(ConnectionState.UNKNOWN);
        assertThat(monitor.snapshot().text()).isEqualTo("Checking the connection…");
    }

    @Test
    void everyApiAnsweringIsConnectedAndIsToldOnceNotOnEveryCheck() {
        all(Outcome.ANSWERED);
        assertThat(monitor.checkNow().state()).isEqualTo(ConnectionState.CONNECTED);
        monitor.checkNow();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).text()).isEqualTo("Connected");
    }

    @Test
    void someApisDownIsDegradedAndNamesThem() {
        all(Outcome.ANSWERED);
        script.put(Source.EARNINGS, Outcome.ERRORS);
        script.put(Source.DEBT, Outcome.UNREACHABLE);
        ConnectionMonitor.Snapshot now = monitor.checkNow();
        assertThat(now.state()).isEqualTo(ConnectionState.DEGRADED);
        assertThat(now.notAnswering()).containsExactly(Source.EARNINGS, Source.DEBT);
        assertThat(now.text()).isEqualTo("Connected, but not answering: Earnings service, Debt service");
    }

    @Test
    void nothingAnsweringIsUnreachableAndRecoveryIsToldToo() {
        all(Outcome.ANSWERED);
        monitor.checkNow();
        all(Outcome.UNREACHABLE);
        assertThat(monitor.checkNow().state()).isEqualTo(ConnectionState.UNREACHABLE);
        assertThat(told.getLast().text()).isEqualTo("Can't reach the services: showing saved data where there is some");
        all(Outcome.ANSWERED);
        monitor.checkNow();
        assertThat(told).extracting(ConnectionMonitor.Snapshot::state).containsExactly(
                ConnectionState.CONNECTED, ConnectionState.UNREACHABLE, ConnectionState.CONNECTED);
    }

    @Test
    void servicesThatAnswerOnlyWithErrorsAreOfflineButSaySo() {
        all(Outcome.ERRORS);
        ConnectionMonitor.Snapshot now = monitor.checkNow();
        assertThat(now.state()).isEqualTo(ConnectionState.UNREACHABLE);
        assertThat(now.text()).startsWith("The services are answering with errors");
    }

    @Test
    void aCallHeldBackByTheCircuitBreakerKeepsWhatWasKnownAboutADownApi() {
        all(Outcome.UNREACHABLE);
        monitor.checkNow();
        all(Outcome.HELD_BACK);
        assertThat(monitor.checkNow().of(Source.CITIZEN)).isEqualTo(Health.UNREACHABLE);
        assertThat(ConnectionMonitor.judge(Health.ANSWERING, Outcome.HELD_BACK)).isEqualTo(Health.FAILING);
        assertThat(ConnectionMonitor.judge(Health.UNKNOWN, Outcome.HELD_BACK)).isEqualTo(Health.FAILING);
    }

    @Test
    void everythingHeldBackIsOfflineAndDoesNotClaimToKnowWhy() {
        all(Outcome.ANSWERED);
        monitor.checkNow();
        all(Outcome.HELD_BACK);
        ConnectionMonitor.Snapshot now = monitor.checkNow();
        assertThat(now.state()).isEqualTo(ConnectionState.UNREACHABLE);
        assertThat(now.text()).isEqualTo("Can't reach the services: showing saved data where there is some");
    }

    @Test
    void aCheckThatLearntNothingChangesNothing() {
        all(Outcome.ANSWERED);
        monitor.checkNow();
        all(Outcome.NO_NEWS);
        assertThat(monitor.checkNow().state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(told).hasSize(1);
    }

    @Test
    void aRealAnswerBringsItsApiBack() {
        all(Outcome.UNREACHABLE);
        monitor.checkNow();
        monitor.answered(Source.AWARD);
        assertThat(monitor.snapshot().of(Source.AWARD)).isEqualTo(Health.ANSWERING);
        assertThat(monitor.snapshot().state()).isEqualTo(ConnectionState.DEGRADED);
        assertThat(told.getLast().state()).isEqualTo(ConnectionState.DEGRADED);
    }

    @Test
    void oneApiDownWhileTheOthersAreUnknownIsNotYetOffline() {
        ConnectionMonitor.Snapshot partial = new ConnectionMonitor.Snapshot(Map.of(Source.CITIZEN, Health.UNREACHABLE));
        assertThat(partial.state()).isEqualTo(ConnectionState.UNKNOWN);
        ConnectionMonitor.Snapshot oneAnswered = new ConnectionMonitor.Snapshot(Map.of(Source.CITIZEN, Health.ANSWERING));
        assertThat(oneAnswered.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aProbeThatStartedBeforeARealAnswerDoesNotUndoIt() throws Exception {
        CountDownLatch probing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<ConnectionMonitor.Snapshot> seen = new ArrayList<>();
        try (ConnectionMonitor slow = new ConnectionMonitor(s -> {
            if (s == Source.CITIZEN) {
                probing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Outcome.UNREACHABLE;
        }, ConnectionChecks.defaults(), seen::add)) {
            CompletableFuture<ConnectionMonitor.Snapshot> check = CompletableFuture.supplyAsync(slow::checkNow);
            assertThat(probing.await(10, TimeUnit.SECONDS)).isTrue();
            slow.answered(Source.CITIZEN);
            release.countDown();
            ConnectionMonitor.Snapshot after = check.get(10, TimeUnit.SECONDS);
            assertThat(after.of(Source.CITIZEN)).isEqualTo(Health.ANSWERING);
            assertThat(after.of(Source.DEBT)).isEqualTo(Health.UNREACHABLE);
        }
    }

    @Test
    void intervalsMustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ConnectionChecks(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
