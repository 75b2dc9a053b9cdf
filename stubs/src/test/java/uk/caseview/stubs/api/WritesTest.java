package uk.caseview.stubs.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.caseview.sdk.json.Json;
import uk.caseview.stubs.MultipartBody;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.contract.OpenApiContract;
import uk.caseview.stubs.contract.ResponseContract;
import uk.caseview.stubs.data.NinoScheme;

/** Every write over HTTP: its effect on later reads, versions, idempotency, sessions and reset. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WritesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final String JSON = "application/json";

    private StubServer server;
    private StubHttp http;
    private ResponseContract contract;
    private int keys;

    @BeforeAll
    void start() {
        server = StubServer.start(StubConfig.defaults().withToday(TODAY).withTraceIndexSize(0)
                .withClock(Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC)));
        http = new StubHttp(server);
        contract = new ResponseContract(OpenApiContract.load());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void resetEveryone() {
        assertThat(http.send("POST", "/__admin/reset", null, new byte[0]).statusCode()).isEqualTo(204);
    }

    @Test
    void agreeingAPlanShowsOnTheDebtAndMovesTheDeductionOnceOnly() {
        JsonNode debt = json(http.get("/debt/v1/citizens/ZX000008A/debts")).path("debts").get(0);
        String debtId = debt.path("debtId").asText();
        String path = "/debt/v1/debts/" + debtId + "/repayment-plan";
        String plan = """
                {"instalmentPence": 3000, "frequency": "monthly", "startDate": "2025-07-08",
                 "method": "benefit_deduction", "hardshipReason": "Rent arrears"}""";
        String key = key();
        HttpResponse<byte[]> agreed = put(path, plan, "Idempotency-Key", key, "If-Match", "\"1\"");
        JsonNode updated = contract.check("agreeRepaymentPlan", agreed);
        assertThat(agreed.statusCode()).isEqualTo(200);
        assertThat(agreed.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(updated.path("version").asInt()).isEqualTo(2);
        assertThat(updated.path("repaymentPlan").path("instalmentPence").asLong()).isEqualTo(3000);

        HttpResponse<byte[]> repeat = put(path, plan, "Idempotency-Key", key, "If-Match", "\"1\"");
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(repeat.body()).isEqualTo(agreed.body());
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");

        JsonNode after = json(http.get("/debt/v1/citizens/ZX000008A/debts")).path("debts").get(0);
        assertThat(after.path("version").asInt()).isEqualTo(2);
        assertThat(after.path("repaymentPlan").path("hardshipReason").asText()).isEqualTo("Rent arrears");
        JsonNode deductions = json(http.get("/award/v1/citizens/ZX000008A/awards")).path("awards").get(0)
                .path("deductions");
        assertThat(deductions).hasSize(1);
        assertThat(deductions.get(0).path("amountPence").asLong()).isEqualTo(3000);
        assertThat(deductions.get(0).path("debtId").asText()).isEqualTo(debtId);

        HttpResponse<byte[]> stale = put(path, plan.replace("3000", "2500"), "Idempotency-Key", key(),
                "If-Match", "\"1\"");
        JsonNode problem = contract.check("agreeRepaymentPlan", stale);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(problem.path("current").path("version").asInt()).isEqualTo(2);
        assertThat(problem.path("current").path("repaymentPlan").path("instalmentPence").asLong()).isEqualTo(3000);
    }

    @Test
    void aPlanCannotBeAgreedOnAClearedDebtOrDeductedWithoutAnAward() {
        String cleared = json(http.get("/debt/v1/citizens/ZX000011A/debts")).path("debts").get(0).path("debtId")
                .asText();
        HttpResponse<byte[]> r = put("/debt/v1/debts/" + cleared + "/repayment-plan", """
                {"instalmentPence": 500, "frequency": "monthly", "startDate": "2025-07-01",
                 "method": "direct_payment"}""", "Idempotency-Key", key());
        assertThat(r.statusCode()).isEqualTo(409);
        contract.check("agreeRepaymentPlan", r);

        String gary = json(http.get("/debt/v1/citizens/ZX000010A/debts")).path("debts").get(0).path("debtId").asText();
        HttpResponse<byte[]> noAward = put("/debt/v1/debts/" + gary + "/repayment-plan", """
                {"instalmentPence": 500, "frequency": "monthly", "startDate": "2025-07-01",
                 "method": "benefit_deduction"}""", "Idempotency-Key", key());
        assertThat(noAward.statusCode()).isEqualTo(409);
        HttpResponse<byte[]> direct = put("/debt/v1/debts/" + gary + "/repayment-plan", """
                {"instalmentPence": 500, "frequency": "weekly", "startDate": "2025-07-01",
                 "method": "direct_payment"}""", "Idempotency-Key", key());
        assertThat(direct.statusCode()).isEqualTo(200);
        JsonNode now = json(http.get("/debt/v1/citizens/ZX000010A/debts")).path("debts").get(0);
        assertThat(now.path("status").asText()).isEqualTo("active");
        assertThat(now.path("repaymentPlan").path("status").asText()).isEqualTo("active");
    }

    @Test
    void aNoteAppearsFirstInTheNotesAndARepeatedKeyNeverWritesTwice() throws Exception {
        String key = key();
        String note = "{\"text\": \"Called about the overpayment.\", \"channel\": \"phone\"}";
        HttpResponse<byte[]> first = post("/citizen/v1/citizens/ZX000003A/notes", note, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        contract.check("recordContactNote", first);
        int before = json(http.get("/citizen/v1/citizens/ZX000003A/notes")).path("notes").size();

        // Twenty racing repeats of the same key: still one note.
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<byte[]>>> racing = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                racing.add(pool.submit(() -> {
                    go.await();
                    return post("/citizen/v1/citizens/ZX000003A/notes", note, "Idempotency-Key", key);
                }));
            }
            go.countDown();
            for (Future<HttpResponse<byte[]>> f : racing) {
                assertThat(f.get().statusCode()).isEqualTo(201);
                assertThat(f.get().body()).isEqualTo(first.body());
            }
        }
        JsonNode notes = json(http.get("/citizen/v1/citizens/ZX000003A/notes")).path("notes");
        assertThat(notes.size()).isEqualTo(before);
        assertThat(notes.get(0).path("text").asText()).isEqualTo("Called about the overpayment.");

        HttpResponse<byte[]> reused = post("/citizen/v1/citizens/ZX000003A/notes",
                "{\"text\": \"Something else.\", \"channel\": \"phone\"}", "Idempotency-Key", key);
        assertThat(reused.statusCode()).isEqualTo(409);
        contract.check("recordContactNote", reused);
    }

    @Test
    void eachTrainingSessionHasItsOwnOverlayAndResetRestoresIt() {
        String note = "{\"text\": \"Session note\", \"channel\": \"webchat\"}";
        String path = "/citizen/v1/citizens/ZX000005A/notes";
        int seeded = json(http.get(path)).path("notes").size();
        assertThat(post(path, note, "Idempotency-Key", key(), "X-Training-Session", "alice").statusCode())
                .isEqualTo(201);
        assertThat(post(path, note, "Idempotency-Key", key(), "X-Training-Session", "bob").statusCode())
                .isEqualTo(201);
        assertThat(post(path, note, "Idempotency-Key", key(), "X-Training-Session", "bob").statusCode())
                .isEqualTo(201);
        assertThat(json(http.get(path, "X-Training-Session", "alice")).path("notes").size()).isEqualTo(seeded + 1);
        assertThat(json(http.get(path, "X-Training-Session", "bob")).path("notes").size()).isEqualTo(seeded + 2);
        assertThat(json(http.get(path)).path("notes").size()).isEqualTo(seeded);
        assertThat(json(http.get(path, "X-Training-Session", "carol")).path("notes").size()).isEqualTo(seeded);

        // The trainer sees who is practising, to reset one of them from the classroom controls.
        JsonNode trainees = contract.check("listTrainingSessions", http.get("/__admin/sessions")).path("sessions");
        assertThat(trainees.findValuesAsText("name")).contains("alice", "bob").doesNotContain("carol", "");
        for (JsonNode t : trainees) {
            if (List.of("alice", "bob").contains(t.path("name").asText())) {
                assertThat(t.path("changedCustomers").asInt()).as(t.path("name").asText()).isGreaterThanOrEqualTo(1);
            }
        }

        assertThat(http.send("POST", "/__admin/reset", null, new byte[0], "X-Training-Session", "bob").statusCode())
                .isEqualTo(204);
        assertThat(json(http.get(path, "X-Training-Session", "bob")).path("notes").size()).isEqualTo(seeded);
        assertThat(json(http.get("/__admin/sessions")).path("sessions").findValuesAsText("name"))
                .contains("alice").doesNotContain("bob");
        assertThat(json(http.get(path, "X-Training-Session", "alice")).path("notes").size()).isEqualTo(seeded + 1);
        http.send("POST", "/__admin/reset", null, new byte[0]);
        assertThat(json(http.get(path, "X-Training-Session", "alice")).path("notes").size()).isEqualTo(seeded);
    }

    @Test
    void anUploadedDocumentIsListedAsReceivedAndServedBack() {
        byte[] pdf = "%PDF-1.4\n% a tiny test document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new MultipartBody().field("type", "payslip").file("file", "my payslip.pdf",
                "application/pdf", pdf).build();
        HttpResponse<byte[]> r = http.send("POST", "/evidence/v1/citizens/ZX000003A/evidence",
                MultipartBody.CONTENT_TYPE, body, "Idempotency-Key", key());
        JsonNode item = contract.check("uploadEvidence", r);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(item.path("status").asText()).isEqualTo("received");
        assertThat(item.path("fileName").asText()).isEqualTo("my_payslip.pdf");
        assertThat(item.path("sizeBytes").asLong()).isEqualTo(pdf.length);
        String id = item.path("evidenceId").asText();
        JsonNode listed = json(http.get("/evidence/v1/citizens/ZX000003A/evidence")).path("items");
        assertThat(listed.findValuesAsText("evidenceId")).contains(id);
        HttpResponse<byte[]> content = http.get("/evidence/v1/evidence/" + id + "/content");
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(content.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    @Test
    void aReceivedDocumentIsVerifiedOrRejectedWithAReasonOnceOnly() {
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            byte[] pdf = ("%PDF-1.4\n% document " + i + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
            byte[] body = new MultipartBody().field("type", "payslip").file("file", "payslip" + i + ".pdf",
                    "application/pdf", pdf).build();
            ids[i] = json(http.send("POST", "/evidence/v1/citizens/ZX000003A/evidence", MultipartBody.CONTENT_TYPE, body,
                    "Idempotency-Key", key())).path("evidenceId").asText();
        }
        String base = "/evidence/v1/citizens/ZX000003A/evidence/";
        JsonNode verified = contract.check("verifyEvidence",
                post(base + ids[0] + "/decision", "{\"decision\": \"verified\"}", "Idempotency-Key", key()));
        assertThat(verified.path("status").asText()).isEqualTo("verified");

        HttpResponse<byte[]> noReason = post(base + ids[1] + "/decision", "{\"decision\": \"rejected\"}",
                "Idempotency-Key", key());
        contract.check("verifyEvidence", noReason);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).path("errors").get(0).path("field").asText()).isEqualTo("reason");
        JsonNode rejected = contract.check("verifyEvidence", post(base + ids[1] + "/decision",
                "{\"decision\": \"rejected\", \"reason\": \"Payslip is for another employer\"}", "Idempotency-Key", key()));
        assertThat(rejected.path("status").asText()).isEqualTo("rejected");
        assertThat(rejected.path("rejectionReason").asText()).isEqualTo("Payslip is for another employer");

        HttpResponse<byte[]> again = post(base + ids[0] + "/decision", "{\"decision\": \"rejected\", \"reason\": \"x\"}",
                "Idempotency-Key", key());
        contract.check("verifyEvidence", again);
        assertThat(again.statusCode()).as("decided once only").isEqualTo(409);
        JsonNode listed = json(http.get("/evidence/v1/citizens/ZX000003A/evidence")).path("items");
        assertThat(listed.findValuesAsText("status")).contains("verified", "rejected");
    }

    @Test
    void anUploadAnswersAnOutstandingRequest() {
        JsonNode overdue = null;
        for (JsonNode e : json(http.get("/evidence/v1/citizens/ZX000013A/evidence")).path("items")) {
            if (e.path("status").asText().equals("requested")) {
                overdue = e;
                break;
            }
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        byte[] body = new MultipartBody().field("type", overdue.path("type").asText())
                .field("requestId", overdue.path("evidenceId").asText())
                .file("file", "scan.png", "image/png", png).build();
        HttpResponse<byte[]> r = http.send("POST", "/evidence/v1/citizens/ZX000013A/evidence",
                MultipartBody.CONTENT_TYPE, body, "Idempotency-Key", key());
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode after = null;
        for (JsonNode e : json(http.get("/evidence/v1/citizens/ZX000013A/evidence")).path("items")) {
            if (e.path("evidenceId").asText().equals(overdue.path("evidenceId").asText())) {
                after = e;
            }
        }
        assertThat(after.path("status").asText()).isEqualTo("received");
        assertThat(after.path("mediaType").asText()).isEqualTo("image/png");
        assertThat(after.path("dueBy").asText()).isEqualTo(overdue.path("dueBy").asText());
    }

    @Test
    void uploadsThatAreTooLargeOrNotADocumentAreRefused() {
        byte[] text = "just some text".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> notADocument = http.send("POST", "/evidence/v1/citizens/ZX000003A/evidence",
                MultipartBody.CONTENT_TYPE,
                new MultipartBody().field("type", "other").file("file", "a.pdf", "application/pdf", text).build(),
                "Idempotency-Key", key());
        assertThat(notADocument.statusCode()).isEqualTo(415);
        contract.check("uploadEvidence", notADocument);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        HttpResponse<byte[]> pngCalledPdf = http.send("POST", "/evidence/v1/citizens/ZX000003A/evidence",
                MultipartBody.CONTENT_TYPE,
                new MultipartBody().field("type", "other").file("file", "payslip.pdf", "application/pdf", png).build(),
                "Idempotency-Key", key());
        assertThat(pngCalledPdf.statusCode()).as("content that does not match its extension").isEqualTo(415);
        assertThat(new String(pngCalledPdf.body(), StandardCharsets.UTF_8)).contains("a PNG image");
        contract.check("uploadEvidence", pngCalledPdf);

        for (String trick : List.of("../../etc/passwd.pdf", "..\\windows\\win.ini.pdf", "/tmp/x.pdf", "a\u0000.pdf")) {
            HttpResponse<byte[]> climbing = http.send("POST", "/evidence/v1/citizens/ZX000003A/evidence",
                    MultipartBody.CONTENT_TYPE,
                    new MultipartBody().field("type", "other").file("file", trick, "application/pdf",
                            "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).build(),
                    "Idempotency-Key", key());
            assertThat(climbing.statusCode()).as("path trick %s", trick).isEqualTo(400);
            contract.check("uploadEvidence", climbing);
        }

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        HttpResponse<byte[]> tooBig = http.send("POST", "/evidence/v1/citizens/ZX000003A/evidence",
                MultipartBody.CONTENT_TYPE,
                new MultipartBody().field("type", "other").file("file", "big.pdf", "application/pdf", big).build(),
                "Idempotency-Key", key());
        assertThat(tooBig.statusCode()).isEqualTo(413);
        contract.check("uploadEvidence", tooBig);

        HttpResponse<byte[]> noType = http.send("POST", "/evidence/v1/citizens/ZX000003A/evidence",
                MultipartBody.CONTENT_TYPE,
                new MultipartBody().file("file", "a.pdf", "application/pdf", "%PDF-1".getBytes()).build(),
                "Idempotency-Key", key());
        assertThat(noType.statusCode()).isEqualTo(400);
        assertThat(json(noType).path("errors").findValuesAsText("field")).contains("type");

        HttpResponse<byte[]> notMultipart = post("/evidence/v1/citizens/ZX000003A/evidence", "{}",
                "Idempotency-Key", key());
        assertThat(notMultipart.statusCode()).isEqualTo(415);
    }

    @Test
    void requestedEvidenceIsListedAsRequested() {
        HttpResponse<byte[]> r = post("/evidence/v1/citizens/ZX000005A/evidence-requests",
                "{\"type\": \"bank_statement\", \"description\": \"Savings statement\", \"dueBy\": \"2025-07-14\"}",
                "Idempotency-Key", key());
        JsonNode item = contract.check("requestEvidence", r);
        assertThat(item.path("status").asText()).isEqualTo("requested");
        assertThat(json(http.get("/evidence/v1/citizens/ZX000005A/evidence")).path("items").get(0)
                .path("evidenceId").asText()).isEqualTo(item.path("evidenceId").asText());
        HttpResponse<byte[]> past = post("/evidence/v1/citizens/ZX000005A/evidence-requests",
                "{\"type\": \"bank_statement\", \"description\": \"Late\", \"dueBy\": \"2025-01-01\"}",
                "Idempotency-Key", key());
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(json(past).path("errors").get(0).path("field").asText()).isEqualTo("dueBy");
    }

    @Test
    void contactDetailsChangeWithTheRightVersionAndAreCheckedAgainstTheContract() {
        String nino = NinoScheme.ninoOf(31_337);
        HttpResponse<byte[]> current = http.get("/citizen/v1/citizens/" + nino);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> r = put("/citizen/v1/citizens/" + nino + "/contact-details",
                "{\"phone\": null, \"mobile\": \"07700 900999\", \"email\": \"new.address@example.com\"}",
                "Idempotency-Key", key(), "If-Match", etag);
        contract.check("updateContactDetails", r);
        assertThat(r.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> after = http.get("/citizen/v1/citizens/" + nino);
        assertThat(json(after).path("contact").path("email").asText()).isEqualTo("new.address@example.com");
        assertThat(after.headers().firstValue("ETag")).hasValue("\"2\"");

        HttpResponse<byte[]> stale = put("/citizen/v1/citizens/" + nino + "/contact-details",
                "{\"mobile\": \"07700 900111\"}", "Idempotency-Key", key(), "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale).path("current").path("contact").path("email").asText())
                .isEqualTo("new.address@example.com");

        HttpResponse<byte[]> bad = put("/citizen/v1/citizens/" + nino + "/contact-details",
                "{\"email\": \"not an email\"}", "Idempotency-Key", key());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("errors").get(0).path("field").asText()).isEqualTo("email");
    }

    @Test
    void aMoveBecomesTheCurrentAddressAndEndsThePreviousOneOnceOnly() {
        String path = "/citizen/v1/citizens/ZX000001A/addresses";
        HttpResponse<byte[]> before = http.get("/citizen/v1/citizens/ZX000001A");
        JsonNode was = json(before);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String move = """
                {"line1": "  7 Test Terrace ", "line2": " ", "town": "Cardiff", "postcode": "cf11 9zz",
                 "from": "2025-06-20"}""";
        String key = key();
        HttpResponse<byte[]> moved = post(path, move, "Idempotency-Key", key, "If-Match", etag);
        JsonNode citizen = contract.check("recordAddressChange", moved);
        assertThat(moved.statusCode()).isEqualTo(201);
        assertThat(moved.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(citizen.path("version").asInt()).isEqualTo(2);

        JsonNode after = contract.check("getCitizen", http.get("/citizen/v1/citizens/ZX000001A"));
        JsonNode current = after.path("currentAddress");
        assertThat(current.path("line1").asText()).isEqualTo("7 Test Terrace");
        assertThat(current.hasNonNull("line2")).isFalse();
        assertThat(current.path("postcode").asText()).isEqualTo("CF11 9ZZ");
        assertThat(current.path("from").asText()).isEqualTo("2025-06-20");
        assertThat(current.hasNonNull("to")).isFalse();
        JsonNode past = after.path("pastAddresses");
        assertThat(past).hasSize(was.path("pastAddresses").size() + 1);
        JsonNode ended = past.get(0);
        assertThat(ended.path("line1").asText()).isEqualTo(was.path("currentAddress").path("line1").asText());
        assertThat(ended.path("postcode").asText()).isEqualTo(was.path("currentAddress").path("postcode").asText());
        assertThat(ended.path("from").asText()).isEqualTo(was.path("currentAddress").path("from").asText());
        assertThat(ended.path("to").asText()).isEqualTo("2025-06-19");
        assertThat(past.get(1)).isEqualTo(was.path("pastAddresses").get(0));
        // Contact details and everything else are untouched.
        assertThat(after.path("contact")).isEqualTo(was.path("contact"));

        HttpResponse<byte[]> repeat = post(path, move, "Idempotency-Key", key, "If-Match", etag);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(moved.body());
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        JsonNode still = json(http.get("/citizen/v1/citizens/ZX000001A"));
        assertThat(still.path("version").asInt()).isEqualTo(2);
        assertThat(still.path("pastAddresses")).hasSize(past.size());

        HttpResponse<byte[]> stale = post(path, move.replace("7 Test", "9 Test"), "Idempotency-Key", key(),
                "If-Match", etag);
        JsonNode problem = contract.check("recordAddressChange", stale);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(problem.path("current").path("currentAddress").path("line1").asText()).isEqualTo("7 Test Terrace");

        // Another trainee's view is their own.
        assertThat(json(http.get("/citizen/v1/citizens/ZX000001A", "X-Training-Session", "bob"))
                .path("currentAddress")).isEqualTo(was.path("currentAddress"));
    }

    @Test
    void aTraineeTracesAMovedCitizenByTheirNewPostcodeAndNoOneElseDoes() {
        JsonNode was = json(http.get("/citizen/v1/citizens/ZX000001A", "X-Training-Session", "alice"));
        String oldPostcode = was.path("currentAddress").path("postcode").asText();
        HttpResponse<byte[]> moved = post("/citizen/v1/citizens/ZX000001A/addresses", """
                {"line1": "7 Test Terrace", "town": "Cardiff", "postcode": "CF11 9ZZ", "from": "2025-06-20"}""",
                "Idempotency-Key", key(), "X-Training-Session", "alice");
        assertThat(moved.statusCode()).isEqualTo(201);

        assertThat(tracedNinos("postcode=cf119zz", "alice")).containsExactly("ZX000001A");
        assertThat(tracedNinos("postcode=" + oldPostcode.replace(" ", "%20"), "alice")).doesNotContain("ZX000001A");
        String name = "surname=" + was.path("name").path("surname").asText() + "&dateOfBirth="
                + was.path("dateOfBirth").asText();
        assertThat(tracedNinos(name, "alice")).containsOnlyOnce("ZX000001A");
        // Another trainee's class still has them at the old address.
        assertThat(tracedNinos("postcode=CF11%209ZZ", "bob")).doesNotContain("ZX000001A");
        assertThat(tracedNinos("postcode=" + oldPostcode.replace(" ", "%20"), "bob")).contains("ZX000001A");
    }

    private List<String> tracedNinos(String query, String session) {
        JsonNode result = contract.check("traceCitizens",
                http.get("/citizen/v1/citizens?" + query, "X-Training-Session", session));
        return result.path("matches").findValuesAsText("nino");
    }

    @Test
    void aMoveIsCheckedAgainstTheContractAndTheAddressHistory() {
        String path = "/citizen/v1/citizens/ZX000001A/addresses";
        JsonNode was = json(http.get("/citizen/v1/citizens/ZX000001A"));
        String since = was.path("currentAddress").path("from").asText();

        HttpResponse<byte[]> postcode = post(path, """
                {"line1": "7 Test Terrace", "town": "Cardiff", "postcode": "CF11 9ZZX", "from": "2025-06-20"}""",
                "Idempotency-Key", key());
        assertThat(postcode.statusCode()).isEqualTo(400);
        assertThat(contract.check("recordAddressChange", postcode).path("errors").findValuesAsText("field"))
                .containsExactly("postcode");
        HttpResponse<byte[]> noTown = post(path, """
                {"line1": "   ", "postcode": "CF11 9ZZ", "from": "2025-06-20"}""", "Idempotency-Key", key());
        assertThat(noTown.statusCode()).isEqualTo(400);
        assertThat(json(noTown).path("errors").findValuesAsText("field")).contains("town", "line1");
        HttpResponse<byte[]> badDate = post(path, """
                {"line1": "7 Test Terrace", "town": "Cardiff", "postcode": "CF11 9ZZ", "from": "20/06/2025"}""",
                "Idempotency-Key", key());
        assertThat(json(badDate).path("errors").findValuesAsText("field")).containsExactly("from");
        HttpResponse<byte[]> farAhead = post(path, """
                {"line1": "7 Test Terrace", "town": "Cardiff", "postcode": "CF11 9ZZ", "from": "2025-08-01"}""",
                "Idempotency-Key", key());
        assertThat(farAhead.statusCode()).isEqualTo(400);
        assertThat(contract.check("recordAddressChange", farAhead).path("errors").get(0).path("field").asText())
                .isEqualTo("from");

        HttpResponse<byte[]> beforeTheCurrent = post(path, """
                {"line1": "7 Test Terrace", "town": "Cardiff", "postcode": "CF11 9ZZ", "from": "%s"}"""
                .formatted(since), "Idempotency-Key", key());
        assertThat(beforeTheCurrent.statusCode()).isEqualTo(409);
        assertThat(contract.check("recordAddressChange", beforeTheCurrent).path("current").path("version").asInt())
                .isEqualTo(1);
        JsonNode current = was.path("currentAddress");
        HttpResponse<byte[]> sameAgain = post(path, """
                {"line1": "%s", "town": "%s", "postcode": "%s", "from": "2025-06-20"}""".formatted(
                current.path("line1").asText(), current.path("town").asText(),
                current.path("postcode").asText().toLowerCase(java.util.Locale.ROOT).replace(" ", "")),
                "Idempotency-Key", key());
        assertThat(sameAgain.statusCode()).isEqualTo(409);
        contract.check("recordAddressChange", sameAgain);

        JsonNode after = json(http.get("/citizen/v1/citizens/ZX000001A"));
        assertThat(after.path("version").asInt()).isEqualTo(1);
        assertThat(after.path("currentAddress")).isEqualTo(current);
        assertThat(after.path("pastAddresses")).isEqualTo(was.path("pastAddresses"));
        assertThat(json(post("/citizen/v1/citizens/ZX999999A/addresses", """
                {"line1": "7 Test Terrace", "town": "Cardiff", "postcode": "CF11 9ZZ", "from": "2025-06-20"}""",
                "Idempotency-Key", key())).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void badWriteRequestsAre400sNamingTheField() {
        String path = "/citizen/v1/citizens/ZX000003A/notes";
        HttpResponse<byte[]> noKey = post(path, "{\"text\": \"x\", \"channel\": \"phone\"}");
        assertThat(json(noKey).path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        HttpResponse<byte[]> missing = post(path, "{\"text\": \"x\"}", "Idempotency-Key", key());
        assertThat(json(missing).path("errors").findValuesAsText("field")).contains("channel");
        HttpResponse<byte[]> badEnum = post(path, "{\"text\": \"x\", \"channel\": \"pigeon\"}", "Idempotency-Key",
                key());
        assertThat(json(badEnum).path("errors").findValuesAsText("field")).contains("channel");
        HttpResponse<byte[]> notJson = post(path, "{text: ", "Idempotency-Key", key());
        assertThat(json(notJson).path("errors").get(0).path("field").asText()).isEqualTo("body");
        HttpResponse<byte[]> wrongType = http.send("POST", path, "text/plain", "hello".getBytes(),
                "Idempotency-Key", key());
        assertThat(json(wrongType).path("errors").get(0).path("field").asText()).isEqualTo("Content-Type");
        HttpResponse<byte[]> money = put("/debt/v1/debts/D900000008001/repayment-plan",
                "{\"instalmentPence\": 12.5, \"frequency\": \"monthly\", \"startDate\": \"2025-07-01\","
                        + " \"method\": \"direct_payment\"}", "Idempotency-Key", key());
        assertThat(money.statusCode()).isEqualTo(400);
        assertThat(json(money).path("errors").findValuesAsText("field")).contains("instalmentPence");
        for (HttpResponse<byte[]> r : List.of(noKey, missing, badEnum, notJson, wrongType)) {
            assertThat(r.statusCode()).isEqualTo(400);
            contract.check("recordContactNote", r);
        }
    }

    private HttpResponse<byte[]> post(String path, String json, String... headers) {
        return http.send("POST", path, JSON, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    private HttpResponse<byte[]> put(String path, String json, String... headers) {
        return http.send("PUT", path, JSON, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    private String key() {
        return "test-key-" + (++keys) + "-" + System.nanoTime();
    }

    private static JsonNode json(HttpResponse<byte[]> r) {
        try {
            return Json.mapper().readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
