package uk.caseview.stubs.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.caseview.sdk.json.Json;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;

/**
 * A worklist row and the customer's own debts endpoint describe the same debt the same way: a debt
 * officer who opens a "broken" row must find a broken plan with the same balance. Sampled over HTTP,
 * across every plan-status filter and random pages, as the workspace would ask.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorklistAgreesWithDebtsTest {

    private StubServer server;
    private StubHttp http;

    @BeforeAll
    void start() throws InterruptedException {
        server = StubServer.start(StubConfig.defaults().withToday(LocalDate.of(2025, 6, 30))
                .withWorklistDebts(20_000));
        assertThat(server.awaitWorklist(Duration.ofMinutes(2))).as("worklist ready (hang guard)").isTrue();
        http = new StubHttp(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void sampledRowsMatchTheirCustomersDebts() {
        SplittableRandom rng = new SplittableRandom(11);
        Set<String> planStatusesSeen = new HashSet<>();
        int checked = 0;
        for (String filter : List.of("", "planStatus=active", "planStatus=in_arrears", "planStatus=broken",
                "planStatus=completed", "status=on_hold", "status=written_off")) {
            JsonNode first = get("/debt/v1/worklist?size=50&sort=-balance&" + filter);
            long total = first.path("totalItems").asLong();
            assertThat(total).as("rows for '%s'", filter).isPositive();
            for (int sample = 0; sample < 3; sample++) {
                long page = rng.nextLong(Math.max(1, (total + 49) / 50));
                JsonNode rows = get("/debt/v1/worklist?size=50&sort=-balance&page=" + page + "&" + filter)
                        .path("items");
                for (int i = 0; i < rows.size(); i += 7) {
                    JsonNode row = rows.get(i);
                    JsonNode debt = debtOf(row.path("nino").asText(), row.path("debtId").asText());
                    assertThat(debt).as("debt %s on its customer's list", row.path("debtId").asText()).isNotNull();
                    assertThat(debt.path("status").asText()).isEqualTo(row.path("status").asText());
                    assertThat(debt.path("type").asText()).isEqualTo(row.path("type").asText());
                    assertThat(debt.path("outstandingPence").asLong()).isEqualTo(row.path("outstandingPence").asLong());
                    String planStatus = debt.path("repaymentPlan").path("status").asText(null);
                    assertThat(planStatus).isEqualTo(row.path("planStatus").asText(null));
                    if (planStatus != null) {
                        planStatusesSeen.add(planStatus);
                    }
                    checked++;
                }
            }
        }
        assertThat(planStatusesSeen).contains("active", "in_arrears", "broken", "completed");
        assertThat(checked).isGreaterThan(100);
    }

    private JsonNode debtOf(String nino, String debtId) {
        for (JsonNode d : get("/debt/v1/citizens/" + nino + "/debts").path("debts")) {
            if (d.path("debtId").asText().equals(debtId)) {
                return d;
            }
        }
        return null;
    }

    private JsonNode get(String pathAndQuery) {
        HttpResponse<byte[]> r = http.get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        try {
            return Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
