package uk.caseview.stubs.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.auth.Role;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;

/** Every way a token can be bad is a 401 that says why, and the admin endpoints are the trainer's alone. */
class TokenChecksTest {

    private static final String CITIZEN = "/citizen/v1/citizens/ZX000001A";
    private static StubServer server;
    private static StubHttp anonymous;

    @BeforeAll
    static void start() {
        server = StubServer.start(StubConfig.defaults().withTraceIndexSize(0).withWorklistDebts(100));
        anonymous = new StubHttp(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noTokenIsRefusedWithTheBearerChallenge() {
        HttpResponse<byte[]> answer = anonymous.get(CITIZEN);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(body(answer)).contains("no access token").doesNotContain("ZX000001A");
    }

    @Test
    void aGoodTokenIsLetIn() {
        assertThat(with(server.accessToken(StaffAccount.TRAINEE)).get(CITIZEN).statusCode()).isEqualTo(200);
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = server.accessToken(StaffAccount.withOnly(Role.FRONTLINE_AGENT));
        String[] parts = token.split("\\.");
        // Give ourselves the trainer's role without the key: the signature no longer matches.
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("FRONTLINE_AGENT", "TRAINER");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        HttpResponse<byte[]> answer = with(forged).get("/__admin/faults");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(body(answer)).contains("signature");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = server.tokens().accessToken(StaffAccount.TRAINEE, Duration.ofMinutes(-5));
        HttpResponse<byte[]> answer = with(expired).get(CITIZEN);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(body(answer)).contains("expired");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String other = server.tokens().accessTokenForAudience(StaffAccount.TRAINEE, "payroll-api");
        HttpResponse<byte[]> answer = with(other).get(CITIZEN);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(body(answer)).contains("not issued for Caseview");
    }

    @Test
    void aTokenFromAnotherStubServerIsRefused() {
        try (StubServer other = StubServer.start(StubConfig.defaults().withTraceIndexSize(0))) {
            HttpResponse<byte[]> answer = with(other.accessToken(StaffAccount.TRAINEE)).get(CITIZEN);
            assertThat(answer.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void garbageInTheHeaderIsA401NotAnError() {
        assertThat(with("not-a-jwt").get(CITIZEN).statusCode()).isEqualTo(401);
        assertThat(anonymous.get(CITIZEN, "Authorization", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheTrainerMayResetOrSetFaults() {
        StubHttp frontline = with(server.accessToken(StaffAccount.withOnly(Role.FRONTLINE_AGENT)));
        StubHttp trainer = with(server.accessToken(StaffAccount.withOnly(Role.TRAINER)));
        byte[] noFaults = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(anonymous.send("POST", "/__admin/reset", null, new byte[0]).statusCode()).isEqualTo(401);
        assertThat(frontline.send("POST", "/__admin/reset", null, new byte[0]).statusCode()).isEqualTo(403);
        assertThat(frontline.send("POST", "/__admin/faults", "application/json", noFaults).statusCode()).isEqualTo(403);
        assertThat(trainer.send("POST", "/__admin/faults", "application/json", noFaults).statusCode()).isEqualTo(200);
        assertThat(trainer.send("POST", "/__admin/reset", null, new byte[0]).statusCode()).isEqualTo(204);
    }

    @Test
    void theContractStaysReadableWithoutAToken() {
        assertThat(anonymous.get("/openapi.yaml").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutAuthLetsEverythingThrough() {
        try (StubServer open = StubServer.start(StubConfig.defaults().withTraceIndexSize(0).withoutAuth())) {
            assertThat(new StubHttp(open.baseUri()).get(CITIZEN).statusCode()).isEqualTo(200);
        }
    }

    private static StubHttp with(String token) {
        return anonymous.withToken(token);
    }

    private static String body(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
