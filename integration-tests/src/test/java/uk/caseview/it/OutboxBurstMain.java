package uk.caseview.it;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.outbox.OutboxStatus;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.sdk.store.KeyProvider;

/**
 * The process the crash test kills: submits a burst of contact notes through the outbox while
 * the outbox sends them, printing "queued N" once note N is durable and "sent" as notes go out.
 * The store key comes from CASEVIEW_STORE_KEY, as in a deployment.
 *
 * <p>Arguments: stub base URI, data directory, number of notes, training session.
 */
public final class OutboxBurstMain {

    static final Nino CUSTOMER = Nino.parse("ZX000001A");
    static final String TEXT_PREFIX = "crash-burst #";
    /** How many notes must have gone out before the test kills the process (it waits for both). */
    static final int MID_BURST_SENT = 50;

    private OutboxBurstMain() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path dataDir = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        String session = args[3];
        try (CaseviewSdk sdk = CaseviewSdk.builder()
                .tokenProvider(uk.caseview.sdk.auth.TokenProvider.fixed(System.getenv("CASEVIEW_TEST_TOKEN")))
                .baseUri(base)
                .readTimeout(Duration.ofSeconds(10))
                .trainingSession(session)
                .dataDirectory(dataDir)
                .keyProvider(KeyProvider.fromEnvironment("CASEVIEW_STORE_KEY"))
                .build()) {
            java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
            sdk.outbox().addListener(event -> {
                if (event.entry().status() == OutboxStatus.SENT) {
                    sent.incrementAndGet();
                    System.out.println("sent");
                    System.out.flush();
                }
            });
            for (int i = 1; i <= count; i++) {
                sdk.outbox().submit(WriteRequest.contactNote(CUSTOMER,
                        new NewContactNote(TEXT_PREFIX + i, ContactChannel.PHONE)));
                System.out.println("queued " + i);
                System.out.flush();
                // The test kills this process once half the burst is queued and some of it sent. On a
                // busy machine queueing can outrun sending and finish before the kill lands, so past
                // the midpoint wait for sending to start, then queue at a pace the kill can catch.
                if (i >= count / 2) {
                    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (sent.get() < MID_BURST_SENT && System.nanoTime() < until) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(2);
                }
            }
            System.out.println("burst done");
            System.out.flush();
            sdk.outbox().awaitDrained(Duration.ofMinutes(5));
        }
    }
}
