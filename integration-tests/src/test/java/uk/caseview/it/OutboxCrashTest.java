package uk.caseview.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.subtle.AesGcmJce;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * Kills a process for real (SIGKILL) in the middle of a burst of 1,000 outbox writes, restarts
 * a sender over the same data directory, and checks on the stub server that every write the
 * dead process had been told was saved arrived exactly once, and no write arrived twice.
 */
class OutboxCrashTest {

    private static final int BURST = 1_000;
    private static final String SESSION = "crash-test";

    @TempDir
    Path dataDir;

    @Test
    void killedMidBurstNoWriteIsLostAndNoneIsAppliedTwice() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try (StubServer stub = StubServer.start(StubConfig.defaults())) {
            int lastQueued = runAndKillMidBurst(stub, key);
            assertThat(lastQueued).as("killed mid-burst").isBetween(1, BURST - 1);

            try (CaseviewSdk restarted = CaseviewSdk.builder()
                    .tokenProvider(TokenProvider.fixed(stub.accessToken(StaffAccount.TRAINEE)))
                    .baseUri(stub.baseUri())
                    .readTimeout(Duration.ofSeconds(10))
                    .trainingSession(SESSION)
                    .dataDirectory(dataDir)
                    .keyProvider(dir -> new AesGcmJce(key))
                    .build()) {
                int leftOver = restarted.outbox().pendingCount();
                System.out.printf("Crash test: killed after %d writes were saved; %d were still unsent at restart%n",
                        lastQueued, leftOver);
                assertThat(restarted.outbox().awaitDrained(Duration.ofMinutes(3))).isTrue();
                assertThat(restarted.outbox().pendingCount()).isZero();
                assertThat(leftOver).as("writes the killed process left unsent").isPositive();

                List<ContactNote> notes = restarted.apis().citizen()
                        .listNotes(OutboxBurstMain.CUSTOMER.value()).notes();
                Map<String, Long> copies = notes.stream()
                        .map(ContactNote::text)
                        .filter(t -> t.startsWith(OutboxBurstMain.TEXT_PREFIX))
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                for (int i = 1; i <= lastQueued; i++) {
                    assertThat(copies.get(OutboxBurstMain.TEXT_PREFIX + i)).as("copies of note " + i).isEqualTo(1L);
                }
                assertThat(copies.values()).as("no note applied twice").allMatch(n -> n == 1L);
                // Notes submitted after the last "queued" line may or may not have reached the disk; none is half there.
                assertThat(copies.size()).isBetween(lastQueued, lastQueued + 1);
            }
        }
    }

    /** Starts the burst in a child JVM and kills it once it is both queueing and sending. Returns the last durable note. */
    private int runAndKillMidBurst(StubServer stub, byte[] key) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dcaseview.it.log=" + dataDir.resolveSibling("burst-child.log"),
                OutboxBurstMain.class.getName(), stub.baseUri().toString(), dataDir.toString(),
                String.valueOf(BURST), SESSION);
        pb.environment().put("CASEVIEW_STORE_KEY", Base64.getEncoder().encodeToString(key));
        pb.environment().put("CASEVIEW_TEST_TOKEN", stub.accessToken(StaffAccount.TRAINEE));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        int lastQueued = 0;
        int sent = 0;
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // Read to the end: lines the child printed before it died are still in the pipe.
            while ((line = out.readLine()) != null) {
                if (line.startsWith("queued ")) {
                    lastQueued = Integer.parseInt(line.substring(7));
                } else if (line.equals("sent")) {
                    sent++;
                }
                if (!killed && lastQueued >= BURST / 2 && sent >= OutboxBurstMain.MID_BURST_SENT) {
                    // SIGKILL on Linux: no shutdown hooks, no finally blocks. Through the ProcessHandle, so
                    // the pipe stays open and the lines the child printed before it died can still be read.
                    killed = child.toHandle().destroyForcibly();
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killed).as("the child was killed mid-burst, not left to finish").isTrue();
        return lastQueued;
    }
}
