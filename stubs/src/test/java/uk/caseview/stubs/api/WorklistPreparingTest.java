package uk.caseview.stubs.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.json.Json;
import uk.caseview.stubs.data.gen.Population;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.state.Classroom;
import uk.caseview.stubs.worklist.Caseload;
import uk.caseview.stubs.worklist.CaseloadHolder;

/** While the caseload is being built, the worklist says so (503, preparing, Retry-After) instead of hanging. */
class WorklistPreparingTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void aRequestDuringTheBuildIsToldToComeBackAndTheBuildIsNotOnItsThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> builtOn = new AtomicReference<>();
        Population population = new Population(42, 15_000_000, TODAY);
        CaseloadHolder holder = new CaseloadHolder(() -> {
            builtOn.set(Thread.currentThread().getName());
            started.countDown();
            try {
                assertThat(release.await(1, TimeUnit.MINUTES)).as("hang guard").isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Caseload.build(population, 500);
        });
        WorklistEndpoints endpoints = new WorklistEndpoints(holder, new Classroom(), TODAY);
        RequestContext firstPage = new RequestContext(null, null, Map.of(), Map.of("size", "50"), null, null,
                List.of());

        Reply preparing = endpoints.page(firstPage);
        assertThat(preparing.status()).isEqualTo(503);
        assertThat(preparing.contentType()).isEqualTo(Reply.PROBLEM_JSON);
        // No pace to go on (this builder reports none): a second.
        assertThat(preparing.headers()).contains(new Reply.Header("Retry-After", "1"));
        JsonNode problem = Json.mapper().readTree(preparing.body());
        assertThat(problem.path("type").asText()).isEqualTo(WorklistEndpoints.TYPE_PREPARING);
        assertThat(problem.path("title").asText()).isEqualTo("Preparing the worklist");
        assertThat(started.await(1, TimeUnit.MINUTES)).as("hang guard").isTrue();
        assertThat(builtOn.get()).as("the build's thread").isNotEqualTo(Thread.currentThread().getName());

        release.countDown();
        assertThat(holder.awaitReady(Duration.ofMinutes(1))).as("hang guard").isNotNull();
        Reply page = endpoints.page(firstPage);
        assertThat(page.status()).isEqualTo(200);
        assertThat(Json.mapper().readTree(page.body()).path("items")).hasSize(50);
    }
}
