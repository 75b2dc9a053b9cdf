package uk.caseview.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.NewAddress;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceRequest;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.sdk.outbox.OutboxStatus;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.sdk.store.KeyProvider;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.idp.StaffAccount;
import uk.caseview.stubs.idp.StoreKeyIssuer;

/**
 * Runs every SDK path a caseworker's session takes, with DEBUG logging on for everything
 * (SDK, Feign, Resilience4j, Caffeine, SQLite, the stub), and searches every line logged for
 * the persona's personal data, the bearer token and the store key; then every file the offline
 * store wrote, during the session and after sign-out.
 */
class LogScanTest {

    private static final Nino EVERYTHING = Nino.parse("ZX000001A");
    /** Where the persona moves to during the session: personal data the stub did not hold at the start. */
    private static final NewAddress MOVED = new NewAddress("Flat 3, 21 Quarry Mews", "Pengam Green", "Cardiff",
            "CF24 9ZQ", LocalDate.now());

    @TempDir
    Path dataDir;

    @Test
    void aFullSessionLogsNoPersonalDataAndNoToken() throws Exception {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
        Set<String> personal;
        String token;
        try (StubServer stub = StubServer.start(StubConfig.defaults())) {
            // A real token from the stub's provider: the scan checks it appears in no log line.
            token = stub.accessToken(StaffAccount.TRAINEE);
            personal = PersonalData.of(stub.baseUri(), token, EVERYTHING);
            personal.addAll(Set.of(MOVED.line1(), MOVED.line2(), MOVED.postcode()));
            // The trainee's store key, which the session below fetches: it opens their saved work.
            personal.add(new StoreKeyIssuer(stub.config().storeKeySecret())
                    .keyFor(StaffAccount.TRAINEE.username()).key());
            try (CaseviewSdk sdk = CaseviewSdk.builder()
                    .baseUri(stub.baseUri())
                    .readTimeout(Duration.ofSeconds(5))
                    .tokenProvider(TokenProvider.fixed(token))
                    .trainingSession("log-scan")
                    .dataDirectory(dataDir)
                    .storePerPerson()
                    .keyProvider(KeyProvider.ephemeral())
                    .build()) {
                session(sdk, stub);
                // The store while it holds the session's saved views and its sent and queued writes, then after sign-out.
                Set<String> secrets = new java.util.HashSet<>(personal);
                secrets.add(token);
                assertStoreFilesHoldNone(dataDir, secrets, "during the session");
                sdk.signOut();
                assertStoreFilesHoldNone(dataDir, secrets, "after sign-out");
            }
        } finally {
            root.detachAppender(captured);
        }

        List<String> lines = captured.list.stream()
                .map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
        assertThat(personal).hasSizeGreaterThan(8);
        assertThat(lines).hasSizeGreaterThan(20);
        assertThat(lines).anyMatch(l -> l.contains("GET /citizen/v1/citizens/{nino}"));
        for (String secret : personal) {
            assertThat(lines).as("log lines containing a personal string").noneMatch(l -> l.contains(secret));
        }
        assertThat(lines).as("log lines containing the token").noneMatch(l -> l.contains(token));
    }

    private static void session(CaseviewSdk sdk, StubServer stub) throws Exception {
        // The store key first, as after sign-in: the whole session then runs on the trainee's own store keys.
        sdk.unlockStore(StaffAccount.TRAINEE.username());
        assertThat(sdk.storeUnlocked()).isTrue();
        // Reads: the view, a reload, a trace, a ledger, a document.
        CustomerView view = sdk.customerViews().load(EVERYTHING, (v, s) -> {}).get(60, TimeUnit.SECONDS);
        assertThat(view.states().values()).allMatch(s -> s instanceof SourceState.Loaded<?>);
        sdk.customerViews().reload(EVERYTHING, Source.EARNINGS, (v, s) -> {}).get(60, TimeUnit.SECONDS);
        Citizen citizen = (Citizen) ((SourceState.Loaded<?>) view.citizen()).value();
        sdk.apis().citizen().trace(Map.of("surname", citizen.name().surname(),
                "dateOfBirth", citizen.dateOfBirth().toString()));
        sdk.apis().citizen().trace(Map.of("postcode", citizen.currentAddress().postcode()));
        Debts debts = (Debts) ((SourceState.Loaded<?>) view.debts()).value();
        sdk.apis().debt().getLedger(debts.debts().getFirst().debtId());
        EvidenceList evidence = (EvidenceList) ((SourceState.Loaded<?>) view.evidence()).value();
        evidence.items().stream().filter(i -> i.fileName() != null).findFirst().ifPresent(item -> {
            try {
                sdk.apis().evidence().getDocument(item.evidenceId()); // the preview's path
            } catch (Exception e) {
                // A missing document is fine here; only what it logs matters.
            }
        });

        // Failures: a hang, a 503, a malformed body, an unknown NINO; the offline store answers for some.
        stub.faults().set(StubApi.AWARD, Fault.NONE.withHang(true));
        stub.faults().set(StubApi.DEBT, Fault.errors(1.0, 503).withRetryAfter(1));
        stub.faults().set(StubApi.EVIDENCE, Fault.NONE.withMalformed(Fault.Malformed.TRUNCATED_JSON));
        sdk.clearCache();
        sdk.customerViews().load(EVERYTHING, (v, s) -> {}).get(60, TimeUnit.SECONDS);
        stub.faults().clearAll();
        try {
            sdk.apis().citizen().getCitizen("ZX999999D");
        } catch (ApiException expected) {
            // logged by the SDK; scanned below
        }

        // Writes, through the outbox, each carrying personal data in its body.
        String who = citizen.name().fullName() + " of " + citizen.currentAddress().singleLine();
        sdk.outbox().submit(WriteRequest.contactNote(EVERYTHING, new NewContactNote("Spoke to " + who, ContactChannel.PHONE)));
        // example.org, not .invalid: the contract's email format refuses .invalid, and a refused write would hold
        // every later write of this customer back unsent, and unscanned.
        sdk.outbox().submit(WriteRequest.contactDetails(EVERYTHING,
                new ContactDetails("0117 496 0123", "07700 900123", "someone@example.org"), "\"1\""));
        // Made against the same version as the contact details: the outbox carries it on to the next one.
        String moved = sdk.outbox().submit(WriteRequest.addressChange(EVERYTHING, MOVED, "\"1\"")).id();
        sdk.outbox().submit(WriteRequest.notification(EVERYTHING,
                new NotificationRequest(NotificationRequest.Channel.SMS,
                        uk.caseview.sdk.model.citizen.NotificationTemplate.CALL_BACK, null)));
        sdk.outbox().submit(WriteRequest.evidenceRequest(EVERYTHING,
                new EvidenceRequest(EvidenceType.PAYSLIP, "Payslips for " + who, LocalDate.now().plusDays(14))));
        sdk.outbox().submit(WriteRequest.evidenceUpload(EVERYTHING, EvidenceType.PAYSLIP, null,
                citizen.name().surname() + "-payslip.pdf", "application/pdf", ("%PDF-1.4 " + who).getBytes()));
        sdk.outbox().submit(WriteRequest.repaymentPlan(EVERYTHING, debts.debts().getFirst().debtId(),
                new RepaymentPlanRequest(1_000, Frequency.MONTHLY, LocalDate.now().plusDays(7),
                        RecoveryMethod.DIRECT_PAYMENT, "Hardship: " + who), "\"1\""));
        sdk.outbox().awaitDrained(Duration.ofSeconds(60));
        sdk.outbox().entries();
        // Sent, so its whole path (request, carried-on version, answer) was logged and is scanned below.
        assertThat(sdk.outbox().entry(moved).orElseThrow().status())
                .as("outbox entries %s", sdk.outbox().entries().stream()
                        .map(e -> e.description() + "=" + e.status() + ": " + e.message()).toList())
                .isEqualTo(OutboxStatus.SENT);
    }

    /** Every file the store wrote (database, WAL, shared memory, each person's wrapped keys), byte for byte. */
    private static void assertStoreFilesHoldNone(Path dataDir, Set<String> secrets, String when) throws Exception {
        List<Path> files;
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dataDir)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).toList();
        }
        assertThat(files).as("store files " + when).anyMatch(f -> f.getFileName().toString().endsWith(".db"));
        for (Path f : files) {
            String bytes = new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
            String utf8 = new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(bytes.contains(secret) || utf8.contains(secret))
                        .as("%s %s holds a personal string or key in clear", f.getFileName(), when).isFalse();
            }
        }
    }
}
