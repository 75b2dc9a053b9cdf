package uk.caseview.stubs.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.caseview.sdk.json.Json;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;

/** Each fault over real HTTP, set through the Java API and through POST /__admin/faults. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionTest {

    static final String DEBTS = "/debt/v1/citizens/ZX000001A/debts";
    static final String CITIZEN = "/citizen/v1/citizens/ZX000001A";

    private StubServer server;
    private StubHttp http;

    @BeforeAll
    void start() {
        server = StubServer.start(StubConfig.defaults().withToday(LocalDate.of(2025, 6, 30)).withTraceIndexSize(0));
        http = new StubHttp(server);
    }

    @AfterEach
    void clear() {
        server.faults().clearAll();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void errorsCarryTheChosenStatusesRetryAfterAndAProblem() throws Exception {
        server.faults().set(StubApi.DEBT, Fault.errors(1.0, 503).withRetryAfter(7));
        HttpResponse<byte[]> r = http.get(DEBTS);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.mapper().readTree(r.body()).path("status").asInt()).isEqualTo(503);

        server.faults().set(StubApi.DEBT, Fault.errors(1.0, 429).withRetryAfter(1));
        HttpResponse<byte[]> limited = http.get(DEBTS);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");

        server.faults().set(StubApi.DEBT, Fault.errors(1.0, 500));
        assertThat(http.get(DEBTS).statusCode()).isEqualTo(500);
        assertThat(http.get(CITIZEN).statusCode()).as("other APIs unaffected").isEqualTo(200);
    }

    @Test
    void aPartialErrorRateIsReproducibleWithTheSeed() {
        server.faults().set(StubApi.DEBT, Fault.errors(0.5, 500, 503));
        List<Integer> first = statuses(40);
        assertThat(first).contains(200).containsAnyOf(500, 503);
        server.faults().set(StubApi.DEBT, Fault.errors(0.5, 500, 503));
        assertThat(statuses(40)).isEqualTo(first);
    }

    private List<Integer> statuses(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(http.get(DEBTS).statusCode());
        }
        return out;
    }

    @Test
    void latencyDelaysTheAnswerPastAShortClientTimeout() {
        server.faults().set(StubApi.AWARD, Fault.latency(1_500, 0));
        HttpRequest quick = http.request(("/award/v1/citizens/ZX000001A/awards"))
                .timeout(Duration.ofMillis(100)).build();
        assertThatThrownBy(() -> http.client().send(quick, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(http.get("/award/v1/citizens/ZX000001A/awards").statusCode()).isEqualTo(200);
    }

    @Test
    void aHangNeverAnswersUntilTheClientGivesUp() {
        server.faults().set(StubApi.EVIDENCE, Fault.NONE.withHang(true));
        HttpRequest request = http.request(("/evidence/v1/citizens/ZX000001A/evidence"))
                .timeout(Duration.ofMillis(300)).build();
        assertThatThrownBy(() -> http.client().send(request, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aResetDropsTheConnectionWithoutAnAnswer() {
        server.faults().set(StubApi.EARNINGS, Fault.NONE.withReset(true));
        HttpRequest request = http.request(("/earnings/v1/citizens/ZX000001A/earnings")).timeout(Duration.ofSeconds(10))
                .build();
        assertThatThrownBy(() -> http.client().send(request, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void malformedAndTruncatedJsonDoNotParse() {
        server.faults().set(StubApi.CITIZEN, Fault.NONE.withMalformed(Fault.Malformed.INVALID_JSON));
        HttpResponse<byte[]> invalid = http.get(CITIZEN);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> Json.mapper().readTree(invalid.body())).isInstanceOf(JsonProcessingException.class);

        server.faults().set(StubApi.CITIZEN, Fault.NONE.withMalformed(Fault.Malformed.TRUNCATED_JSON));
        HttpResponse<byte[]> truncated = http.get(CITIZEN);
        server.faults().clear(StubApi.CITIZEN);
        byte[] whole = http.get(CITIZEN).body();
        assertThat(truncated.body()).hasSizeLessThan(whole.length);
        assertThatThrownBy(() -> Json.mapper().readTree(truncated.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void anOversizedBodyIsPaddedButStillTheSameJson() throws Exception {
        byte[] normal = http.get(CITIZEN).body();
        server.faults().set(StubApi.CITIZEN, Fault.NONE.withOversizedBytes(2_000_000));
        HttpResponse<byte[]> big = http.get(CITIZEN);
        assertThat(big.body()).hasSize(2_000_000);
        assertThat(Json.mapper().readTree(big.body())).isEqualTo(Json.mapper().readTree(normal));
    }

    @Test
    void faultsCanBeSetReadAndClearedOverHttp() throws Exception {
        HttpResponse<byte[]> set = post("""
                {"debt": {"errorRate": 1, "errorStatuses": [503], "retryAfterSeconds": 2},
                 "citizen": {"latencyMs": 5}}""");
        assertThat(set.statusCode()).isEqualTo(200);
        JsonNode now = Json.mapper().readTree(http.get("/__admin/faults").body());
        assertThat(now.path("debt").path("errorStatuses").get(0).asInt()).isEqualTo(503);
        assertThat(now.path("citizen").path("latencyMs").asInt()).isEqualTo(5);
        assertThat(http.get(DEBTS).statusCode()).isEqualTo(503);

        assertThat(post("{\"debt\": {}}").statusCode()).isEqualTo(200);
        assertThat(http.get(DEBTS).statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(http.get("/__admin/faults").body()).has("debt")).isFalse();

        HttpResponse<byte[]> bad = post("{\"debt\": {\"errorRate\": 2}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(bad.body()).path("errors").get(0).path("field").asText())
                .isEqualTo("debt.errorRate");
        HttpResponse<byte[]> unknownApi = post("{\"pensions\": {}}");
        assertThat(unknownApi.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(unknownApi.body()).path("errors").get(0).path("field").asText())
                .isEqualTo("pensions");
    }

    @Test
    void faultsGivenAtStartApply() {
        try (StubServer faulty = StubServer.start(StubConfig.defaults().withTraceIndexSize(0)
                .withFault(StubApi.AWARD, Fault.errors(1.0, 502)))) {
            StubHttp client = new StubHttp(faulty);
            assertThat(client.get("/award/v1/citizens/ZX000001A/awards").statusCode()).isEqualTo(502);
            assertThat(client.get(CITIZEN).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<byte[]> post(String json) {
        return http.send("POST", "/__admin/faults", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
