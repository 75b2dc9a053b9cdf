package uk.caseview.stubs.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.data.NinoScheme;

/**
 * The stub's real HTTP responses, for every GET in the contract, for personas and generated
 * citizens and for error cases, validate against the OpenAPI document: declared status, declared
 * content type, and a body that satisfies the schema (formats included).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StubContractTest {

    private StubServer server;
    private StubHttp http;
    private ResponseContract contract;

    @BeforeAll
    void start() throws InterruptedException {
        server = StubServer.start(StubConfig.defaults().withToday(LocalDate.of(2025, 6, 30))
                .withTraceIndexSize(100_000).withWorklistDebts(5_000));
        assertThat(server.awaitWorklist(Duration.ofMinutes(2))).as("worklist ready (hang guard)").isTrue();
        http = new StubHttp(server);
        contract = new ResponseContract(OpenApiContract.load());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    Stream<String> ninos() {
        List<String> ninos = new ArrayList<>();
        for (int i = 1; i <= uk.caseview.stubs.persona.PersonaCatalogue.all().size(); i++) {
            ninos.add(NinoScheme.personaNino(i));
        }
        SplittableRandom rng = new SplittableRandom(7);
        ninos.add(NinoScheme.ninoOf(0));
        ninos.add(NinoScheme.ninoOf(StubConfig.DEFAULT_POPULATION - 1));
        for (int i = 0; i < 40; i++) {
            ninos.add(NinoScheme.ninoOf(rng.nextInt(StubConfig.DEFAULT_POPULATION)));
        }
        return ninos.stream();
    }

    @ParameterizedTest
    @MethodSource("ninos")
    void everyReadOfACitizenConforms(String nino) {
        JsonNode citizen = contract.check("getCitizen", http.get("/citizen/v1/citizens/" + nino));
        assertThat(citizen.path("nino").asText()).isEqualTo(nino);
        contract.check("listContactNotes", http.get("/citizen/v1/citizens/" + nino + "/notes"));
        contract.check("getEarnings", http.get("/earnings/v1/citizens/" + nino + "/earnings"));
        contract.check("getEarnings",
                http.get("/earnings/v1/citizens/" + nino + "/earnings?from=2023-06-01&to=2025-06-30"));
        contract.check("getAwards", http.get("/award/v1/citizens/" + nino + "/awards"));

        JsonNode debts = contract.check("getDebts", http.get("/debt/v1/citizens/" + nino + "/debts"));
        int ledgers = 0;
        for (JsonNode debt : debts.path("debts")) {
            if (ledgers++ == 12) {
                break;
            }
            HttpResponse<byte[]> ledger = http.get("/debt/v1/debts/" + debt.path("debtId").asText() + "/transactions");
            JsonNode body = contract.check("getDebtTransactions", ledger);
            assertThat(body.path("outstandingPence").asLong()).isEqualTo(debt.path("outstandingPence").asLong());
        }

        JsonNode evidence = contract.check("listEvidence", http.get("/evidence/v1/citizens/" + nino + "/evidence"));
        int documents = 0;
        for (JsonNode item : evidence.path("items")) {
            if (documents++ == 12) {
                break;
            }
            HttpResponse<byte[]> content = http.get("/evidence/v1/evidence/" + item.path("evidenceId").asText()
                    + "/content");
            if (item.path("mediaType").isTextual()) {
                contract.check("getEvidenceContent", content);
                assertThat(content.statusCode()).isEqualTo(200);
                assertThat(content.headers().firstValue("Content-Type")).hasValue(item.path("mediaType").asText());
                assertThat((long) content.body().length).isEqualTo(item.path("sizeBytes").asLong());
            } else {
                assertThat(content.statusCode()).isEqualTo(404);
                contract.check("getEvidenceContent", content);
            }
        }
    }

    @Test
    void traceByNameAndDateOfBirthAndByPostcodeConforms() {
        JsonNode alys = contract.check("getCitizen", http.get("/citizen/v1/citizens/ZX000001A"));
        String surname = alys.path("name").path("surname").asText();
        String dob = alys.path("dateOfBirth").asText();
        JsonNode byName = contract.check("traceCitizens",
                http.get("/citizen/v1/citizens?surname=" + surname + "&dateOfBirth=" + dob));
        assertThat(byName.path("matches").findValuesAsText("nino")).contains("ZX000001A");
        String postcode = URLEncoder.encode(alys.path("currentAddress").path("postcode").asText(),
                StandardCharsets.UTF_8);
        JsonNode byPostcode = contract.check("traceCitizens", http.get("/citizen/v1/citizens?postcode=" + postcode));
        assertThat(byPostcode.path("matches").findValuesAsText("nino")).contains("ZX000001A");

        // All three, as the Trace dialog sends them: the postcode narrows the name search.
        JsonNode all = contract.check("traceCitizens", http.get("/citizen/v1/citizens?surname=" + surname
                + "&dateOfBirth=" + dob + "&postcode=" + postcode));
        assertThat(all.path("matches").findValuesAsText("nino")).contains("ZX000001A");
        assertThat(all.path("matches").findValuesAsText("postcode")).containsOnly(
                alys.path("currentAddress").path("postcode").asText());
        JsonNode elsewhere = contract.check("traceCitizens", http.get("/citizen/v1/citizens?surname=" + surname
                + "&dateOfBirth=" + dob + "&postcode=ZZ99%209ZZ"));
        assertThat(elsewhere.path("matches").size()).as("same name and birthday, another postcode").isZero();
        // Surname and postcode, without the date of birth.
        JsonNode surnameAndPostcode = contract.check("traceCitizens",
                http.get("/citizen/v1/citizens?surname=" + surname.toUpperCase() + "&postcode=" + postcode));
        assertThat(surnameAndPostcode.path("matches").findValuesAsText("nino")).contains("ZX000001A");
        assertThat(surnameAndPostcode.path("matches").findValuesAsText("surname"))
                .allSatisfy(found -> assertThat(found).isEqualToIgnoringCase(surname));
    }

    @Test
    void theWorklistConformsWithEveryFilterAndSort() {
        for (String query : List.of("", "?sort=balance&page=2&size=50", "?status=in_arrears&sort=-nextActionDue",
                "?type=overpayment&planStatus=active&minBalancePence=1000&maxBalancePence=90000&sort=age",
                "?minAgeDays=400&nextActionDueBy=2025-08-01&sort=-age&size=500", "?page=9999")) {
            JsonNode page = contract.check("getDebtWorklist", http.get("/debt/v1/worklist" + query));
            assertThat(page.path("totalItems").asLong()).as(query).isNotNegative();
        }
        JsonNode first = contract.check("getDebtWorklist", http.get("/debt/v1/worklist?size=5"));
        assertThat(first.path("items")).hasSize(5);
        assertThat(first.path("totalItems").asLong()).isEqualTo(5_000);
        for (String bad : List.of("?size=501", "?sort=bogus", "?status=bogus", "?page=-1",
                "?minBalancePence=500&maxBalancePence=100", "?nextActionDueBy=soon", "?minAgeDays=x")) {
            HttpResponse<byte[]> r = http.get("/debt/v1/worklist" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            contract.check("getDebtWorklist", r);
        }
    }

    @Test
    void adminReadsConform() {
        JsonNode scenarios = contract.check("listScenarios", http.get("/__admin/scenarios"));
        assertThat(scenarios.path("scenarios").size()).isGreaterThanOrEqualTo(5);
        contract.check("getFaults", http.get("/__admin/faults"));
    }

    @Test
    void theStoreKeyConforms() {
        HttpResponse<byte[]> key = http.get("/citizen/v1/staff/me/store-key");
        assertThat(key.statusCode()).isEqualTo(200);
        contract.check("getStoreKey", key);
        contract.check("getStoreKey", http.withToken(null).get("/citizen/v1/staff/me/store-key"));
    }

    @Test
    void theContractIsServedAsYaml() {
        HttpResponse<byte[]> yaml = http.get("/openapi.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type")).hasValue("application/yaml");
        assertThat(new String(yaml.body(), StandardCharsets.UTF_8)).startsWith("openapi: 3.1");
    }

    @Test
    void malformedNinoIsA400ProblemNamingTheField() {
        for (String bad : List.of("ZZ123456A", "AB12345", "QQ123456E", "ZX00000IA", "zx000001a")) {
            HttpResponse<byte[]> r = http.get("/citizen/v1/citizens/" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            JsonNode problem = contract.check("getCitizen", r);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("nino");
        }
        JsonNode p = contract.check("getDebts", http.get("/debt/v1/citizens/NOT-A-NINO/debts"));
        assertThat(p.path("status").asInt()).isEqualTo(400);
    }

    @Test
    void unknownCitizensDebtsAndDocumentsAre404Problems() {
        assertThat(contract.check("getCitizen", http.get("/citizen/v1/citizens/ZX999999A")).path("status").asInt())
                .isEqualTo(404);
        String generated = NinoScheme.ninoOf(12345);
        char wrongSuffix = generated.charAt(8) == 'A' ? 'B' : 'A';
        String mistyped = generated.substring(0, 8) + wrongSuffix;
        assertThat(http.get("/citizen/v1/citizens/" + mistyped).statusCode()).isEqualTo(404);
        contract.check("getEarnings", http.get("/earnings/v1/citizens/ZX999999A/earnings"));
        contract.check("getDebtTransactions", http.get("/debt/v1/debts/D999999999001/transactions"));
        contract.check("getEvidenceContent", http.get("/evidence/v1/evidence/E9999999990001/content"));
        assertThat(http.get("/debt/v1/debts/D900000001999/transactions").statusCode()).isEqualTo(404);
    }

    @Test
    void badIdsAndQueriesAre400() {
        JsonNode p = contract.check("getDebtTransactions", http.get("/debt/v1/debts/nonsense/transactions"));
        assertThat(p.path("errors").get(0).path("field").asText()).isEqualTo("debtId");
        JsonNode q = contract.check("getEarnings",
                http.get("/earnings/v1/citizens/ZX000001A/earnings?from=yesterday"));
        assertThat(q.path("errors").get(0).path("field").asText()).isEqualTo("from");
        JsonNode t = contract.check("traceCitizens", http.get("/citizen/v1/citizens?surname=Pritchard"));
        assertThat(t.path("errors").get(0).path("field").asText()).isEqualTo("dateOfBirth");
        JsonNode s = contract.check("getCitizen",
                http.get("/citizen/v1/citizens/ZX000001A", "X-Training-Session", "has spaces!"));
        assertThat(s.path("errors").get(0).path("field").asText()).isEqualTo("X-Training-Session");
    }

    @Test
    void unknownPathsAre404AndWrongMethodsAre405() {
        HttpResponse<byte[]> r = http.get("/nothing/here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<byte[]> m = http.send("DELETE", "/citizen/v1/citizens/ZX000001A", null, new byte[0]);
        assertThat(m.statusCode()).isEqualTo(405);
        assertThat(m.headers().firstValue("Allow")).isPresent();
    }
}
