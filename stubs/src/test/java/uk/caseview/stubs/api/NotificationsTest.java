package uk.caseview.stubs.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.caseview.sdk.json.Json;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.contract.OpenApiContract;
import uk.caseview.stubs.contract.ResponseContract;
import uk.caseview.stubs.notify.NotificationDelivery;

/** Notifications: wording in the citizen's language, the exact text recorded, and delivery status over time. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final String WELSH = "/citizen/v1/citizens/ZX000005A";

    private final StepClock clock = new StepClock(Instant.parse("2025-06-30T10:00:00Z"));
    private StubServer server;
    private StubHttp http;
    private ResponseContract contract;
    private int keys;

    @BeforeAll
    void start() {
        server = StubServer.start(StubConfig.defaults().withToday(TODAY).withTraceIndexSize(0).withClock(clock));
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
    void aWelshSpeakersLetterIsWordedInWelshFromTheirRecord() {
        HttpResponse<byte[]> r = http.get(WELSH + "/notification-preview?channel=letter&template=payment_date");
        JsonNode preview = contract.check("previewNotification", r);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(preview.path("language").asText()).isEqualTo("cy");
        assertThat(preview.path("subject").asText()).isEqualTo("Eich taliad nesaf");
        String body = preview.path("body").asText();
        assertThat(body).startsWith("Annwyl Mrs Llewellyn,").contains("Bydd eich taliad nesaf o ")
                .containsPattern("(Pensiwn y Wladwriaeth|Credyd Pensiwn), £[0-9,]+\\.[0-9]{2}, yn cael ei dalu")
                .containsPattern("[0-9]{1,2} (Gorffennaf|Awst) 2025").contains("Yn gywir,")
                .doesNotContain("Dear", "payment");

        JsonNode english = json(http.get(WELSH + "/notification-preview?channel=letter&template=payment_date"
                + "&language=en"));
        assertThat(english.path("body").asText()).startsWith("Dear Mrs Llewellyn,").contains("Your next payment of ");
    }

    @Test
    void aTextMessageCarriesNoNameOrAmount() {
        JsonNode sms = json(http.get(WELSH + "/notification-preview?channel=sms&template=payment_date"));
        assertThat(sms.path("body").asText()).startsWith("Bydd eich taliad nesaf yn cael ei dalu i'ch cyfrif ar ")
                .doesNotContain("Llewellyn", "£");
    }

    @Test
    void theTextSentIsRecordedAndItsDeliveryMovesOn() {
        String preview = json(http.get(WELSH + "/notification-preview?channel=sms&template=call_back"))
                .path("body").asText();
        HttpResponse<byte[]> sent = post(WELSH + "/notifications", "{\"channel\": \"sms\", \"template\": \"call_back\"}");
        JsonNode queued = contract.check("sendNotification", sent);
        assertThat(sent.statusCode()).isEqualTo(202);
        assertThat(queued.path("status").asText()).isEqualTo("queued");
        assertThat(queued.path("body").asText()).isEqualTo(preview).startsWith("Gwnaethom geisio eich ffonio heddiw");

        HttpResponse<byte[]> listed = http.get(WELSH + "/notifications");
        JsonNode first = contract.check("listNotifications", listed).path("notifications").get(0);
        assertThat(first.path("body").asText()).isEqualTo(preview);
        assertThat(first.path("status").asText()).isEqualTo("queued");

        clock.advance(NotificationDelivery.HANDOVER);
        JsonNode later = json(http.get(WELSH + "/notifications")).path("notifications").get(0);
        assertThat(later.path("status").asText()).isEqualTo("delivered");
        assertThat(later.path("statusAt").asText()).isEqualTo(clock.instant().toString());
        assertThat(json(http.get(WELSH + "/notes")).path("notes").get(0).path("text").asText())
                .isEqualTo("Text message sent in Welsh: Gwnaethom geisio eich ffonio.");
    }

    @Test
    void aLetterIsPostedAndNewestComesFirst() {
        post(WELSH + "/notifications", "{\"channel\": \"letter\", \"template\": \"call_back\"}");
        clock.advance(Duration.ofSeconds(1));
        post(WELSH + "/notifications", "{\"channel\": \"letter\", \"template\": \"payment_date\", \"language\": \"en\"}");
        clock.advance(NotificationDelivery.HANDOVER.minusSeconds(1));
        JsonNode all = json(http.get(WELSH + "/notifications")).path("notifications");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).path("template").asText()).isEqualTo("payment_date");
        assertThat(all.get(0).path("language").asText()).isEqualTo("en");
        assertThat(all.get(0).path("status").asText()).isEqualTo("queued");
        assertThat(all.get(1).path("status").asText()).isEqualTo("sent");
    }

    @Test
    void aTemplateThatDoesNotApplyIsRefusedBeforeAndAtSending() {
        // Eleri has no debts, so there is no plan to confirm.
        HttpResponse<byte[]> preview = http.get(WELSH + "/notification-preview?channel=letter"
                + "&template=debt_plan_confirmation");
        assertThat(preview.statusCode()).isEqualTo(409);
        contract.check("previewNotification", preview);
        assertThat(json(preview).path("detail").asText()).contains("no agreed repayment plan");
        HttpResponse<byte[]> send = post(WELSH + "/notifications",
                "{\"channel\": \"letter\", \"template\": \"debt_plan_confirmation\"}");
        assertThat(send.statusCode()).isEqualTo(409);
        assertThat(json(http.get(WELSH + "/notifications")).path("notifications")).isEmpty();

        // Albert has no mobile number: no text message.
        HttpResponse<byte[]> noMobile = http.get("/citizen/v1/citizens/ZX000006A/notification-preview?channel=sms"
                + "&template=call_back");
        assertThat(noMobile.statusCode()).isEqualTo(409);
        assertThat(json(noMobile).path("detail").asText()).contains("no mobile number");
    }

    @Test
    void nothingIsSentToACitizenWhoHasDied() {
        HttpResponse<byte[]> dead = post("/citizen/v1/citizens/ZX000004A/notifications",
                "{\"channel\": \"letter\", \"template\": \"call_back\"}");
        assertThat(dead.statusCode()).isEqualTo(409);
        contract.check("sendNotification", dead);
    }

    @Test
    void anUnknownTemplateIsABadRequest() {
        HttpResponse<byte[]> r = http.get(WELSH + "/notification-preview?channel=letter&template=winning_lottery");
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void aTextToANumberNotInServiceFails() {
        assertThat(NotificationDelivery.willFail(
                uk.caseview.sdk.model.citizen.NotificationRequest.Channel.SMS, "07700 900000")).isTrue();
        assertThat(NotificationDelivery.willFail(
                uk.caseview.sdk.model.citizen.NotificationRequest.Channel.SMS, "07700 900952")).isFalse();
        assertThat(NotificationDelivery.willFail(
                uk.caseview.sdk.model.citizen.NotificationRequest.Channel.LETTER, "07700 900000")).isFalse();
    }

    private HttpResponse<byte[]> post(String path, String json) {
        return http.send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8),
                "Idempotency-Key", "notify-test-" + (++keys));
    }

    private static JsonNode json(HttpResponse<byte[]> r) {
        try {
            return Json.mapper().readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A clock the test moves on, so delivery can be watched without waiting. */
    static final class StepClock extends Clock {
        private volatile Instant now;

        StepClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
