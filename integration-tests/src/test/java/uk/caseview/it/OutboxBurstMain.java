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

    private OutboxBurstMain() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path dataDir = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        String session = args[3];
        try (CaseviewSdk sdk = CaseviewSdk.builder()
                .baseUri(base)
                .readTimeout(Duration.ofSeconds(10))
                .trainingSession(session)
                .dataDirectory(dataDir)
                .keyProvider(KeyProvider.fromEnvironment("CASEVIEW_STORE_KEY"))
                .build()) {
            sdk.outbox().addListener(event -> {
                if (event.entry().status() == OutboxStatus.SENT) {
                    System.out.println("sent");
                    System.out.flush();
                }
            });
            for (int i = 1; i <= count; i++) {
                sdk.outbox().submit(WriteRequest.contactNote(CUSTOMER,
                        new NewContactNote(TEXT_PREFIX + i, ContactChannel.PHONE)));
                System.out.println("queued " + i);
                System.out.flush();
            }
            System.out.println("burst done");
            System.out.flush();
            sdk.outbox().awaitDrained(Duration.ofMinutes(5));
        }
    }
}
