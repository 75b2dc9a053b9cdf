package uk.caseview.stubs.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.model.citizen.StoreKey;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.contract.OpenApiContract;
import uk.caseview.stubs.contract.ResponseContract;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * Each member of staff's store key: theirs alone, the same on every call and from every server
 * with the same secret (so a restart keeps a desk's store readable), never cached, and never
 * released to a caller the server cannot name.
 */
class StoreKeyTest {

    private static final String PATH = "/citizen/v1/staff/me/store-key";
    private static StubServer server;
    private static ResponseContract contract;

    @BeforeAll
    static void start() {
        server = StubServer.start(config());
        contract = new ResponseContract(OpenApiContract.load());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theKeyIs32BytesMarkedNoStoreAndAsTheContractSays() {
        HttpResponse<byte[]> answer = as(server, "frontline").get(PATH);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = contract.check("getStoreKey", answer);
        assertThat(body.path("version").asInt()).isEqualTo(1);
        assertThat(Base64.getDecoder().decode(body.path("key").asText())).hasSize(32);
        assertThat(read(answer).keyBytes()).hasSize(32);
    }

    @Test
    void theKeyIsHmacSha256OfTheSubjectUnderTheDocumentedDefaultSecret() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(StubConfig.DEFAULT_STORE_KEY_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal("caseview-store-key|v1|leader".getBytes(StandardCharsets.UTF_8));

        assertThat(key(server, "leader").keyBytes()).isEqualTo(expected);
    }

    @Test
    void theSamePersonGetsTheSameKeyEveryTimeWhateverTheirTrainingSession() {
        StubHttp debt = as(server, "debt");
        StoreKey first = read(debt.get(PATH));

        assertThat(read(debt.get(PATH))).isEqualTo(first);
        assertThat(read(debt.get(PATH, "X-Training-Session", "alice"))).as("the person's, not the session's")
                .isEqualTo(first);
        assertThat(key(server, "debt")).as("a new sign-in, a new token").isEqualTo(first);
    }

    @Test
    void aRestartedServerWithTheSameSecretGivesTheSameKeysAndAnotherSecretOthers() {
        byte[] secret = "this classroom's own store-key secret".getBytes(StandardCharsets.UTF_8);
        StoreKey fromDefault = key(server, "trainee");
        StoreKey first;
        StoreKey second;
        StoreKey again;
        try (StubServer restarted = StubServer.start(config())) {
            again = key(restarted, "trainee");
        }
        try (StubServer own = StubServer.start(config().withStoreKeySecret(secret))) {
            first = key(own, "trainee");
        }
        try (StubServer ownRestarted = StubServer.start(config().withStoreKeySecret(secret.clone()))) {
            second = key(ownRestarted, "trainee");
        }

        assertThat(again).as("same default secret, another server").isEqualTo(fromDefault);
        assertThat(second).as("same own secret, another server").isEqualTo(first);
        assertThat(first.key()).as("another secret").isNotEqualTo(fromDefault.key());
    }

    @Test
    void everyStaffAccountHasItsOwnKey() {
        Set<String> keys = new HashSet<>();
        for (StaffAccount account : StaffAccount.ALL) {
            keys.add(key(server, account.username()).key());
        }
        keys.add(read(new StubHttp(server).get(PATH)).key());

        assertThat(keys).hasSize(StaffAccount.ALL.size() + 1);
    }

    @Test
    void noTokenIsA401AndSoIsAServerThatChecksNone() throws Exception {
        HttpResponse<byte[]> anonymous = new StubHttp(server.baseUri()).get(PATH);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        contract.check("getStoreKey", anonymous);

        // --no-auth checks no token, so it knows no one to key to; a token sent anyway is not checked, so not trusted.
        try (StubServer open = StubServer.start(config().withoutAuth())) {
            for (StubHttp caller : new StubHttp[] {new StubHttp(open.baseUri()),
                    new StubHttp(open.baseUri()).withToken(open.accessToken(StaffAccount.TRAINEE))}) {
                HttpResponse<byte[]> refused = caller.get(PATH);
                assertThat(refused.statusCode()).isEqualTo(401);
                assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
                JsonNode problem = contract.check("getStoreKey", refused);
                assertThat(problem.path("status").asInt()).isEqualTo(401);
                assertThat(problem.path("detail").asText()).contains("--no-auth");
                assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("\"key\"");
            }
            assertThat(new StubHttp(open.baseUri()).get("/citizen/v1/citizens/ZX000001A").statusCode())
                    .as("the rest of an open server stays open").isEqualTo(200);
        }
    }

    private static StubConfig config() {
        return StubConfig.defaults().withTraceIndexSize(0).withWorklistDebts(0);
    }

    private static StubHttp as(StubServer on, String username) {
        return new StubHttp(on.baseUri()).withToken(on.accessToken(StaffAccount.byUsername(username).orElseThrow()));
    }

    private static StoreKey key(StubServer on, String username) {
        return read(as(on, username).get(PATH));
    }

    private static StoreKey read(HttpResponse<byte[]> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        try {
            return Json.mapper().readValue(answer.body(), StoreKey.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
