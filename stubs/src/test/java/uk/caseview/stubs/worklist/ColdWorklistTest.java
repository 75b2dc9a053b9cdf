package uk.caseview.stubs.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.json.Json;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.api.WorklistEndpoints;
import uk.caseview.stubs.contract.OpenApiContract;
import uk.caseview.stubs.contract.ResponseContract;

/**
 * A cold stub (caseload built on first use) and a client that honours Retry-After, as the SDK does:
 * the first worklist page arrives, and every answer before it is the contract's "preparing" 503,
 * never an error or a request held until the client's read timeout.
 */
class ColdWorklistTest {

    @Test
    void theFirstPageArrivesAfterAtMostAFewPreparingAnswers() throws Exception {
        ResponseContract contract = new ResponseContract(OpenApiContract.load());
        List<Integer> statuses = new ArrayList<>();
        try (StubServer stub = StubServer.start(StubConfig.defaults().withToday(LocalDate.of(2025, 6, 30)))) {
            StubHttp http = new StubHttp(stub);
            HttpResponse<byte[]> r;
            do {
                r = http.get("/debt/v1/worklist?size=100&sort=-balance");
                statuses.add(r.statusCode());
                contract.check("getDebtWorklist", r);
                if (r.statusCode() == 503) {
                    JsonNode problem = Json.mapper().readTree(r.body());
                    assertThat(problem.path("type").asText()).isEqualTo(WorklistEndpoints.TYPE_PREPARING);
                    long wait = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
                    Thread.sleep(wait * 1000); // the client honouring Retry-After, not a timing assertion
                }
            } while (r.statusCode() == 503 && statuses.size() < 60); // a hang guard, about two minutes
            assertThat(statuses).last().isEqualTo(200);
            assertThat(statuses).allMatch(s -> s == 200 || s == 503);
            assertThat(Json.mapper().readTree(r.body()).path("items")).hasSize(100);
        }
    }
}
