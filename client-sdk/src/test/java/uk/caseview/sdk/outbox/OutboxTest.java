package uk.caseview.sdk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.http.ResilienceSettings;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.NewAddress;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.sdk.store.KeyProvider;
import uk.caseview.sdk.testing.FakeApiServer;
import uk.caseview.sdk.testing.SampleRecords;

class OutboxTest {

    private static final Nino A = SampleRecords.NINO;
    private static final Nino B = Nino.parse("ZX000002B");
    private static final Duration GUARD = Duration.ofSeconds(20);
    private static final NewAddress MOVED = new NewAddress(SampleRecords.ADDRESS_LINE, null, "Leeds",
            SampleRecords.POSTCODE, LocalDate.of(2025, 3, 10));

    @TempDir
    Path dataDir;

    private final KeyProvider keys = KeyProvider.ephemeral();
    private FakeApiServer server;
    private CaseviewSdk sdk;
    private final List<OutboxEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new FakeApiServer();
        server.on("/citizen/v1/citizens/", (ex, s) -> FakeApiServer.respond(ex, 201, "application/json", note("n1")));
    }

    @AfterEach
    void stop() {
        if (sdk != null) {
            sdk.close();
        }
        server.close();
    }

    /** One attempt per send and a breaker that recovers at once: the outbox's own retries are under test. */
    private CaseviewSdk.Builder builder() {
        return CaseviewSdk.builder().baseUri(server.baseUri()).dataDirectory(dataDir).keyProvider(keys)
                .readTimeout(Duration.ofSeconds(2))
                .resilience(new ResilienceSettings(1, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ZERO,
                        10, 5, 50f, Duration.ofMillis(50), 8, Duration.ofMillis(500)))
                .outboxSettings(new OutboxSettings(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofDays(1)));
    }

    private CaseviewSdk sdk(boolean startOutbox) {
        CaseviewSdk s = builder().startOutbox(startOutbox).build();
        s.outbox().addListener(events::add);
        return s;
    }

    private static String note(String id) {
        return "{\"noteId\":\"" + id + "\",\"recordedAt\":\"2025-03-15T10:00:00Z\",\"text\":\"x\","
                + "\"channel\":\"phone\",\"author\":\"agent\"}";
    }

    private static WriteRequest noteFor(Nino nino, String text) {
        return WriteRequest.contactNote(nino, new NewContactNote(text, ContactChannel.PHONE));
    }

    private static String text(FakeApiServer.Recorded r) {
        try {
            return Json.mapper().readTree(r.body()).path("text").asText();
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void aWriteIsOnDiskBeforeSubmitReturnsAndIsSentAfterARestart() throws Exception {
        sdk = sdk(false);
        OutboxReceipt receipt = sdk.outbox().submit(noteFor(A, "Called about the overpayment"));
        sdk.close(); // as if the app were closed before anything was sent

        sdk = sdk(true);
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();

        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.pathAndQuery()).isEqualTo("/citizen/v1/citizens/" + A.value() + "/notes");
            assertThat(r.header("Idempotency-Key")).isEqualTo(receipt.idempotencyKey());
            assertThat(text(r)).isEqualTo("Called about the overpayment");
        });
        assertThat(sdk.outbox().entry(receipt.id())).get().extracting(OutboxEntry::status).isEqualTo(OutboxStatus.SENT);
        assertThat(sdk.outbox().pendingCount()).isZero();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.entry().status()).isEqualTo(OutboxStatus.SENT);
            assertThat(e.response()).isNotNull();
            assertThat(e.pending()).isZero();
        });
    }

    @Test
    void anAuditedWriteCarriesItsAuditRecordInALineOfItsOwnThatIsNotCountedAsWaiting() throws Exception {
        // The audit endpoint refuses (400): its record stops in its own line, and the note still goes.
        server.status("/citizen/v1/citizens/" + A.value() + "/audit-events", 400,
                "{\"title\":\"Bad Request\",\"status\":400}", Map.of());
        sdk = sdk(false);
        sdk.outbox().auditEveryWrite();
        sdk.outbox().submit(noteFor(A, "Called about the overpayment"));

        assertThat(sdk.outbox().entries()).extracting(OutboxEntry::description)
                .containsExactly("Contact note", WriteRequest.AuditEventWrite.KIND);
        assertThat(sdk.outbox().pendingCount()).as("the caseworker's own changes only").isEqualTo(1);

        sdk.outbox().start();
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();
        assertThat(server.requests()).extracting(r -> r.pathAndQuery().substring(r.pathAndQuery().lastIndexOf('/')))
                .containsExactlyInAnyOrder("/notes", "/audit-events");
        FakeApiServer.Recorded audit = server.requests().stream()
                .filter(r -> r.pathAndQuery().endsWith("/audit-events")).findFirst().orElseThrow();
        var body = Json.mapper().readTree(audit.body());
        assertThat(body.path("action").asText()).isEqualTo("recorded_write");
        assertThat(body.path("detail").asText()).isEqualTo("Contact note");
        assertThat(audit.header("Idempotency-Key")).isNotBlank();
        assertThat(sdk.outbox().entries()).extracting(OutboxEntry::status)
                .containsExactly(OutboxStatus.SENT, OutboxStatus.NEEDS_ATTENTION);
        assertThat(sdk.outbox().pendingCount()).isZero();
    }

    @Test
    void aWriteGoesOnlyWhileItsAuthorIsSignedInNeverUnderTheNextPersonsToken() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> signedIn = new java.util.concurrent.atomic.AtomicReference<>("alice");
        sdk = sdk(false);
        sdk.outbox().attributeWritesTo(() -> java.util.Optional.ofNullable(signedIn.get()));
        OutboxReceipt alices = sdk.outbox().submit(noteFor(A, "Alice's note"));

        signedIn.set("bob"); // Alice signed out before it went; Bob signs in at the same PC
        sdk.outbox().start();
        sdk.outbox().signedInChanged();
        assertThat(sdk.outbox().awaitDrained(Duration.ofSeconds(2))).as("nothing of Bob's to send").isTrue();
        assertThat(server.requests()).as("Alice's note is not sent as Bob").isEmpty();
        OutboxReceipt bobs = sdk.outbox().submit(noteFor(B, "Bob's note"));
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();
        assertThat(server.requests()).extracting(OutboxTest::text).containsExactly("Bob's note");

        signedIn.set(null); // nobody signed in: nothing attributed goes
        sdk.outbox().signedInChanged();
        assertThat(sdk.outbox().entry(alices.id()).orElseThrow().status()).isEqualTo(OutboxStatus.QUEUED);

        signedIn.set("alice");
        sdk.outbox().signedInChanged();
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();
        assertThat(server.requests()).extracting(OutboxTest::text).containsExactly("Bob's note", "Alice's note");
        assertThat(sdk.outbox().entry(bobs.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    /** A shared desk whose store each person unlocks with the key the service releases to them. */
    private CaseviewSdk perPersonSdk(java.util.concurrent.atomic.AtomicReference<String> signedIn) {
        server.on("/citizen/v1/staff/me/store-key", (ex, s) -> {
            String who = ex.getRequestHeaders().getFirst("Authorization");
            byte[] key = who == null ? new byte[0] : sha256(who); // a key per person, as a key service releases
            FakeApiServer.respond(ex, who == null ? 401 : 200, "application/json", who == null
                    ? "{\"title\":\"Sign in\",\"status\":401}"
                    : "{\"key\":\"" + java.util.Base64.getEncoder().encodeToString(key) + "\",\"version\":1}");
        });
        // The ephemeral machine key wraps each person's, as in training.
        CaseviewSdk s = builder().storePerPerson()
                .tokenProvider(() -> java.util.Optional.ofNullable(signedIn.get()).map(n -> "token-of-" + n))
                .startOutbox(false)
                .build();
        s.outbox().attributeWritesTo(() -> java.util.Optional.ofNullable(signedIn.get()));
        return s;
    }

    private List<FakeApiServer.Recorded> posts(int from) {
        List<FakeApiServer.Recorded> all = server.requests();
        return all.subList(from, all.size()).stream().filter(r -> r.method().equals("POST")).toList();
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onASharedDeskEachPersonsWritesAreSealedWithTheirKeyAndGoOnlyInTheirSession() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> signedIn = new java.util.concurrent.atomic.AtomicReference<>();
        sdk = perPersonSdk(signedIn); // its sender not started yet: Alice's note is still queued when she signs out

        signedIn.set("alice");
        assertThatThrownBy(() -> sdk.outbox().submit(noteFor(A, "Too early")))
                .as("before her key has arrived nothing is saved, and she is told")
                .isInstanceOf(OutboxException.class).hasMessageContaining("doesn't have your key");
        sdk.unlockStore(signedIn.get());
        OutboxReceipt alices = sdk.outbox().submit(noteFor(A, "Alice's note"));
        sdk.signOut();
        signedIn.set(null);
        assertThat(sdk.storeUnlocked()).as("sign-out lets go of her key").isFalse();

        int before = server.requests().size();
        signedIn.set("bob");
        sdk.unlockStore(signedIn.get());
        sdk.outbox().start();
        OutboxReceipt bobs = sdk.outbox().submit(noteFor(B, "Bob's note"));
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();
        assertThat(posts(before).stream().map(OutboxTest::text))
                .as("Bob's session sends only Bob's note").containsExactly("Bob's note");
        assertThat(sdk.outbox().entry(alices.id()).orElseThrow().status()).isNotEqualTo(OutboxStatus.SENT);
        assertThat(sdk.outbox().unsent()).filteredOn(w -> w.entry().id().equals(alices.id()))
                .singleElement().satisfies(w -> assertThat(w.request()).as("Bob cannot read it").isNull());

        sdk.signOut();
        signedIn.set("alice");
        sdk.unlockStore(signedIn.get());
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();
        List<FakeApiServer.Recorded> posts = posts(before);
        assertThat(posts).extracting(OutboxTest::text).containsExactly("Bob's note", "Alice's note");
        assertThat(posts.get(1).header("Authorization")).isEqualTo("Bearer token-of-alice");
        assertThat(sdk.outbox().entry(bobs.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void eachCustomersWritesGoInOrderAndOneCustomersTroubleDoesNotHoldUpAnother() throws Exception {
        // A's API answers 503 until all of B's writes have arrived: if B waited behind A, this would never drain.
        server.on("/citizen/v1/citizens/" + A.value(), (ex, s) -> {
            boolean bDone = s.requests().stream().anyMatch(r -> text(r).equals("B3"));
            if (bDone) {
                FakeApiServer.respond(ex, 201, "application/json", note("a"));
            } else {
                FakeApiServer.respond(ex, 503, "application/problem+json", "{\"title\":\"Unavailable\",\"status\":503}");
            }
        });
        sdk = sdk(false);
        for (int i = 1; i <= 3; i++) {
            sdk.outbox().submit(noteFor(A, "A" + i));
            sdk.outbox().submit(noteFor(B, "B" + i));
        }

        sdk.outbox().start();
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();

        List<String> texts = server.requests().stream().map(OutboxTest::text).toList();
        List<String> aTexts = texts.stream().filter(t -> t.startsWith("A")).toList();
        assertThat(aTexts.stream().distinct().toList()).containsExactly("A1", "A2", "A3");
        // A2 and A3 went only after A1 finally got through, once each.
        assertThat(aTexts.subList(aTexts.lastIndexOf("A1") + 1, aTexts.size())).containsExactly("A2", "A3");
        assertThat(texts.stream().filter(t -> t.startsWith("B")).toList()).containsExactly("B1", "B2", "B3");
        assertThat(aTexts.stream().filter("A1"::equals).count()).isGreaterThan(1);
        // Every attempt at A1 carried the same key.
        assertThat(server.requests().stream().filter(r -> text(r).equals("A1"))
                .map(r -> r.header("Idempotency-Key")).distinct()).hasSize(1);
        assertThat(sdk.outbox().pendingCount()).isZero();
    }

    @Test
    void aConflictKeepsBothVersionsAndHoldsTheCustomersLaterWritesUntilAPersonDecides() throws Exception {
        String debtPath = "/debt/v1/debts/D1234567/repayment-plan";
        server.status(debtPath, 412, """
                {"title":"Precondition Failed","status":412,"current":{"debtId":"D1234567","version":9}}""",
                Map.of("ETag", "\"9\""));
        sdk = sdk(true);
        var plan = new RepaymentPlanRequest(2_500, Frequency.MONTHLY, LocalDate.of(2025, 4, 1),
                RecoveryMethod.DIRECT_PAYMENT, null);
        WriteRequest intended = WriteRequest.repaymentPlan(A, "D1234567", plan, "\"8\"");

        OutboxReceipt planReceipt = sdk.outbox().submit(intended);
        OutboxReceipt later = sdk.outbox().submit(noteFor(A, "Agreed a plan on the phone"));
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();

        OutboxEntry conflicted = sdk.outbox().entry(planReceipt.id()).orElseThrow();
        assertThat(conflicted.status()).isEqualTo(OutboxStatus.CONFLICT);
        WriteConflict conflict = conflicted.conflict();
        assertThat(conflict.intended()).isEqualTo(intended);
        assertThat(conflict.serverCurrent().get("version").asInt()).isEqualTo(9);
        assertThat(conflict.serverEtag()).isEqualTo("\"9\"");
        assertThat(conflict.message()).contains("Someone else changed this record");
        assertThat(sdk.outbox().entry(later.id()).orElseThrow().status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(server.requestsTo("/citizen/")).isZero();
        assertThat(sdk.outbox().pendingCount()).isEqualTo(2);

        // The caseworker compared both and keeps their plan, now against version 9.
        server.on(debtPath, (ex, s) -> FakeApiServer.respond(ex, 200, "application/json", debtJson()));
        sdk.outbox().resubmit(planReceipt.id(), WriteRequest.repaymentPlan(A, "D1234567", plan, conflict.serverEtag()));
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();

        List<FakeApiServer.Recorded> puts = server.requests().stream().filter(r -> r.pathAndQuery().equals(debtPath)).toList();
        assertThat(puts).hasSize(2);
        assertThat(puts.get(1).header("If-Match")).isEqualTo("\"9\"");
        assertThat(puts.get(1).header("Idempotency-Key")).isNotEqualTo(puts.get(0).header("Idempotency-Key"));
        assertThat(server.requestsTo("/citizen/")).isEqualTo(1);
        assertThat(sdk.outbox().pendingCount()).isZero();
    }

    private static String debtJson() {
        return SampleRecords.json(SampleRecords.debts(1).debts().getFirst());
    }

    private static String citizenAt(long version) {
        Citizen c = SampleRecords.citizen();
        return SampleRecords.json(new Citizen(c.nino(), c.name(), c.dateOfBirth(), c.dateOfDeath(), c.currentAddress(),
                c.pastAddresses(), c.contact(), c.preferredLanguage(), c.identityVerification(), c.relationships(),
                c.flags(), c.bankAccount(), version));
    }

    /** The citizen's record as the API keeps it: If-Match must name the current version; each write makes a new one. */
    private AtomicLong versionedCitizen(Nino nino, long start) {
        AtomicLong version = new AtomicLong(start);
        server.on("/citizen/v1/citizens/" + nino.value() + "/", (ex, s) -> {
            String ifMatch = ex.getRequestHeaders().getFirst("If-Match");
            synchronized (version) {
                String etag = "\"" + version.get() + "\"";
                if (ifMatch != null && !ifMatch.equals(etag)) {
                    ex.getResponseHeaders().add("ETag", etag);
                    FakeApiServer.respond(ex, 412, "application/problem+json",
                            "{\"title\":\"Precondition failed\",\"status\":412,\"current\":" + citizenAt(version.get()) + "}");
                    return;
                }
                long now = version.incrementAndGet();
                ex.getResponseHeaders().add("ETag", "\"" + now + "\"");
                FakeApiServer.respond(ex, ex.getRequestMethod().equals("POST") ? 201 : 200, "application/json",
                        citizenAt(now));
            }
        });
        return version;
    }

    @Test
    void contactDetailsAndANewAddressSavedTogetherBothLandThoughEachNamesTheVersionSeen() throws Exception {
        AtomicLong version = versionedCitizen(A, 3);
        sdk = sdk(false);
        OutboxReceipt contact = sdk.outbox().submit(WriteRequest.contactDetails(A,
                new ContactDetails(null, "07700900123", null), "\"3\""));
        OutboxReceipt moved = sdk.outbox().submit(WriteRequest.addressChange(A, MOVED, "\"3\""));

        sdk.outbox().start();
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();

        assertThat(sdk.outbox().entry(contact.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sdk.outbox().entry(moved.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(version.get()).isEqualTo(5);
        List<FakeApiServer.Recorded> sent = server.requests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).method()).isEqualTo("PUT");
        assertThat(sent.get(0).header("If-Match")).isEqualTo("\"3\"");
        FakeApiServer.Recorded address = sent.get(1);
        assertThat(address.method()).isEqualTo("POST");
        assertThat(address.pathAndQuery()).isEqualTo("/citizen/v1/citizens/" + A.value() + "/addresses");
        // Carried on to the version the caseworker's own contact details change produced, with its key kept.
        assertThat(address.header("If-Match")).isEqualTo("\"4\"");
        assertThat(address.header("Idempotency-Key")).isEqualTo(moved.idempotencyKey());
        var body = Json.mapper().readTree(address.body());
        assertThat(body.path("line1").asText()).isEqualTo(SampleRecords.ADDRESS_LINE);
        assertThat(body.path("postcode").asText()).isEqualTo(SampleRecords.POSTCODE);
        assertThat(body.path("from").asText()).isEqualTo("2025-03-10");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.entry().id()).isEqualTo(moved.id());
            assertThat(e.entry().status()).isEqualTo(OutboxStatus.SENT);
            assertThat(e.response()).isInstanceOfSatisfying(Citizen.class, c -> assertThat(c.version()).isEqualTo(5));
        });
    }

    @Test
    void aWriteMadeAgainstAnotherVersionIsNotCarriedOnAndConflictsForAPerson() throws Exception {
        versionedCitizen(A, 3);
        sdk = sdk(false);
        sdk.outbox().submit(WriteRequest.contactDetails(A, new ContactDetails(null, "07700900123", null), "\"3\""));
        // Made on an older copy of the record: someone else's change may lie between, so it is not ours to pass.
        OutboxReceipt older = sdk.outbox().submit(WriteRequest.addressChange(A, MOVED, "\"2\""));

        sdk.outbox().start();
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();

        OutboxEntry entry = sdk.outbox().entry(older.id()).orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxStatus.CONFLICT);
        assertThat(entry.conflict().intended()).isEqualTo(WriteRequest.addressChange(A, MOVED, "\"2\""));
        assertThat(entry.conflict().serverEtag()).isEqualTo("\"4\"");
        assertThat(server.requests().get(1).header("If-Match")).isEqualTo("\"2\"");
        assertThat(sdk.outbox().pendingCount()).isEqualTo(1);
    }

    @Test
    void aRefusedWriteWaitsForAPersonAndCanBeDiscarded() throws Exception {
        server.status("/citizen/v1/citizens/" + A.value() + "/notes", 400, """
                {"title":"Bad Request","status":400,"errors":[{"field":"text","message":"must not be blank"}]}""",
                Map.of());
        sdk = sdk(true);

        OutboxReceipt receipt = sdk.outbox().submit(noteFor(A, " "));
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();

        OutboxEntry entry = sdk.outbox().entry(receipt.id()).orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxStatus.NEEDS_ATTENTION);
        assertThat(entry.message()).startsWith("Please check: text (must not be blank). Reference for the service desk: ");
        String sent = server.requests().getLast().header("X-Correlation-Id");
        assertThat(entry.message()).endsWith(": " + sent.substring(0, 8) + ".");
        assertThat(server.requests()).hasSize(1);
        // Listed for a person with what it says, so they can see whose it is and put it right.
        assertThat(sdk.outbox().unsent()).singleElement().satisfies(u -> {
            assertThat(u.isHeld()).isTrue();
            assertThat(u.request()).isEqualTo(noteFor(A, " "));
            assertThat(u.entry().message()).startsWith("Please check: text");
        });

        sdk.outbox().discard(receipt.id());
        assertThat(sdk.outbox().entry(receipt.id()).orElseThrow().status()).isEqualTo(OutboxStatus.DISCARDED);
        assertThat(sdk.outbox().pendingCount()).isZero();
        assertThat(sdk.outbox().unsent()).isEmpty();
    }

    @Test
    void anEvidenceUploadIsSentAsMultipartWithItsKey() throws Exception {
        byte[] pdf = "%PDF-1.4 synthetic payslip".getBytes(StandardCharsets.US_ASCII);
        server.on("/evidence/v1/citizens/" + A.value() + "/evidence", (ex, s) ->
                FakeApiServer.respond(ex, 201, "application/json", SampleRecords.json(SampleRecords.evidence(1).items().getFirst())));
        sdk = sdk(true);

        OutboxReceipt receipt = sdk.outbox().submit(
                WriteRequest.evidenceUpload(A, EvidenceType.PAYSLIP, null, "payslip.pdf", "application/pdf", pdf));
        assertThat(sdk.outbox().awaitDrained(GUARD)).isTrue();

        FakeApiServer.Recorded upload = server.requests().getFirst();
        assertThat(upload.header("Content-Type")).startsWith("multipart/form-data").contains("boundary=");
        assertThat(upload.header("Idempotency-Key")).isEqualTo(receipt.idempotencyKey());
        String body = new String(upload.body(), StandardCharsets.ISO_8859_1);
        assertThat(body).contains("name=\"type\"", "payslip", "filename=\"payslip.pdf\"", "%PDF-1.4 synthetic payslip");
        assertThat(sdk.outbox().entry(receipt.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void uploadsThatBreakTheContractAreRefusedBeforeTheyAreQueued() {
        assertThatThrownBy(() -> WriteRequest.evidenceUpload(A, EvidenceType.PAYSLIP, null, "a.exe", "application/x-msdownload",
                new byte[] {1})).hasMessage("Evidence must be a PDF, PNG or JPEG file.");
    }

    @Test
    void queuedWritesAreNotOnDiskInClear() throws Exception {
        sdk = sdk(false);
        sdk.outbox().submit(noteFor(A, "Spoke to " + SampleRecords.GIVEN_NAMES + " " + SampleRecords.SURNAME
                + " at " + SampleRecords.ADDRESS_LINE + ", " + SampleRecords.POSTCODE));
        sdk.outbox().submit(WriteRequest.addressChange(A, MOVED, "\"3\""));

        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : files.toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String personal : SampleRecords.personalStrings()) {
                    assertThat(content).as(f.getFileName() + " holds a personal string").doesNotContain(personal);
                }
            }
        }
    }

    @Test
    void anAddressChangePrintsNoPersonalData() {
        for (Object printed : List.of(MOVED, WriteRequest.addressChange(A, MOVED, "\"3\""))) {
            for (String personal : SampleRecords.personalStrings()) {
                assertThat(printed.toString()).doesNotContain(personal).contains("redacted");
            }
        }
    }

    @Test
    void withoutADataDirectoryThereIsNoOutbox() {
        try (CaseviewSdk noDisk = CaseviewSdk.builder().baseUri(server.baseUri()).build()) {
            assertThatThrownBy(noDisk::outbox).isInstanceOf(IllegalStateException.class);
        }
    }
}
