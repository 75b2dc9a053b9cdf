package uk.caseview.stubs.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.auth.Role;
import uk.caseview.sdk.json.Json;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.contract.OpenApiContract;
import uk.caseview.stubs.contract.ResponseContract;
import uk.caseview.stubs.idp.StaffAccount;

/** The audit trail names whoever the token names, whatever the body says, and only a team leader reads it. */
class AuditTrailTest {

    private static final String TRAIL = "/citizen/v1/citizens/ZX000002A/audit-events";
    private static StubServer server;
    private static ResponseContract contract;
    private static int keys;

    @BeforeAll
    static void start() {
        server = StubServer.start(StubConfig.defaults().withTraceIndexSize(0));
        contract = new ResponseContract(OpenApiContract.load());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theTrailRecordsWhoTheTokenSaysAndTheLeaderReadsIt() throws Exception {
        StubHttp frontline = new StubHttp(server.baseUri()).withToken(server.accessToken(StaffAccount.withOnly(Role.FRONTLINE_AGENT)));
        StubHttp leader = new StubHttp(server.baseUri()).withToken(server.accessToken(StaffAccount.withOnly(Role.TEAM_LEADER)));

        HttpResponse<byte[]> recorded = frontline.send("POST", TRAIL, "application/json",
                ("{\"action\":\"opened_restricted_record\",\"occurredAt\":\"2026-12-06T10:00:00Z\","
                        + "\"reason\":\"Citizen called about their payment\"}").getBytes(StandardCharsets.UTF_8),
                "Idempotency-Key", "audit-key-" + (++keys));
        assertThat(recorded.statusCode()).isEqualTo(201);
        contract.check("recordAuditEvent", recorded);

        assertThat(frontline.get(TRAIL).statusCode()).as("only a team leader reads the trail").isEqualTo(403);
        HttpResponse<byte[]> trail = leader.get(TRAIL);
        assertThat(trail.statusCode()).isEqualTo(200);
        contract.check("listAuditEvents", trail);
        JsonNode first = Json.mapper().readTree(trail.body()).path("events").get(0);
        assertThat(first.path("staffId").asText()).isEqualTo("frontline");
        assertThat(first.path("staffName").asText()).isEqualTo("Sam Frontline (synthetic)");
        assertThat(first.path("action").asText()).isEqualTo("opened_restricted_record");
        assertThat(first.path("reason").asText()).isEqualTo("Citizen called about their payment");
    }

    @Test
    void aBodyCannotNameSomeoneElse() throws Exception {
        StubHttp frontline = new StubHttp(server.baseUri()).withToken(server.accessToken(StaffAccount.withOnly(Role.FRONTLINE_AGENT)));
        HttpResponse<byte[]> forged = frontline.send("POST", TRAIL, "application/json",
                ("{\"action\":\"opened_record\",\"occurredAt\":\"2026-12-06T10:00:00Z\",\"staffId\":\"leader\"}")
                        .getBytes(StandardCharsets.UTF_8), "Idempotency-Key", "audit-key-" + (++keys));
        if (forged.statusCode() == 201) {
            assertThat(Json.mapper().readTree(forged.body()).path("staffId").asText()).isEqualTo("frontline");
        } else {
            assertThat(forged.statusCode()).isEqualTo(400);
        }
    }
}
