package uk.caseview.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.auth.TokenProvider;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.error.ApiTimeoutException;
import uk.caseview.sdk.error.ApiUnreachableException;
import uk.caseview.sdk.error.ConflictException;
import uk.caseview.sdk.error.InvalidRequestException;
import uk.caseview.sdk.error.MalformedResponseException;
import uk.caseview.sdk.error.NotFoundException;
import uk.caseview.sdk.error.RateLimitedException;
import uk.caseview.sdk.error.ServerErrorException;
import uk.caseview.sdk.error.ServiceUnavailableException;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.StoreKey;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;
import uk.caseview.sdk.testing.FakeApiServer;
import uk.caseview.sdk.testing.SampleRecords;
import uk.caseview.sdk.view.Source;

class ApiClientFactoryTest {

    private static final String NINO = SampleRecords.NINO.value();
    private static final String CITIZEN_PATH = "/citizen/v1/citizens/" + NINO;

    private FakeApiServer server;
    private CaseviewSdk sdk;
    private CaseviewApis apis;

    @BeforeEach
    void start() throws IOException {
        server = new FakeApiServer();
        sdk = CaseviewSdk.builder()
                .baseUri(server.baseUri())
                .readTimeout(Duration.ofMillis(1500))
                .tokenProvider(TokenProvider.fixed(SampleRecords.TOKEN))
                .trainingSession("trainee-7")
                .maxResponseBytes(64 * 1024)
                .resilience(ResilienceSettings.defaults()
                        .withBackoff(Duration.ofMillis(5), Duration.ofMillis(20))
                        .withMaxRetryAfter(Duration.ofSeconds(1)))
                .build();
        apis = sdk.apis();
    }

    @AfterEach
    void stop() {
        sdk.close();
        server.close();
    }

    @Test
    void decodesARecordIgnoringFieldsItDoesNotKnow() {
        String json = SampleRecords.json(SampleRecords.citizen());
        server.json(CITIZEN_PATH, json.replaceFirst("\\{", "{\"addedInV2\":{\"x\":[1,2]},"));

        Citizen citizen = apis.citizen().getCitizen(NINO);

        assertThat(citizen.name().surname()).isEqualTo(SampleRecords.SURNAME);
        assertThat(citizen.bankAccount().accountNumber()).isEqualTo(SampleRecords.ACCOUNT_NUMBER);
    }

    @Test
    void everyRequestCarriesCorrelationIdTokenAndTrainingSession() {
        server.json(CITIZEN_PATH, SampleRecords.json(SampleRecords.citizen()));

        apis.citizen().getCitizen(NINO);
        apis.citizen().getCitizen(NINO);

        var sent = server.requests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).header("Authorization")).isEqualTo("Bearer " + SampleRecords.TOKEN);
        assertThat(sent.get(0).header("X-Training-Session")).isEqualTo("trainee-7");
        assertThat(sent.get(0).header("X-Correlation-Id")).matches("[0-9a-f-]{36}");
        assertThat(sent.get(1).header("X-Correlation-Id")).isNotEqualTo(sent.get(0).header("X-Correlation-Id"));
    }

    @Test
    void theStoreKeyIsAPlainGetForWhoeverTheTokenNames() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        server.json("/citizen/v1/staff/me/store-key", "{\"key\":\"" + key + "\",\"version\":4}");

        StoreKey storeKey = apis.citizen().storeKey();

        assertThat(storeKey.version()).isEqualTo(4);
        assertThat(storeKey.keyBytes()).hasSize(32);
        var sent = server.requests().getFirst();
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.pathAndQuery()).as("nothing in the request names the person but the token")
                .isEqualTo("/citizen/v1/staff/me/store-key");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + SampleRecords.TOKEN);
        assertThat(sent.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void noTokenProviderSendsNoAuthorizationHeader() {
        server.json(CITIZEN_PATH, SampleRecords.json(SampleRecords.citizen()));
        try (CaseviewSdk plain = CaseviewSdk.builder().baseUri(server.baseUri()).build()) {
            plain.apis().citizen().getCitizen(NINO);
        }
        assertThat(server.requests().getFirst().header("Authorization")).isNull();
        assertThat(server.requests().getFirst().header("X-Training-Session")).isNull();
    }

    @Test
    void notFoundBecomesTypedWithTheProblemAndTheCorrelationIdSent() {
        server.status(CITIZEN_PATH, 404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such citizen\"}",
                Map.of());

        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> apis.citizen().getCitizen(NINO));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.source()).isEqualTo(Source.CITIZEN);
        assertThat(e.problem()).get().extracting(p -> p.detail()).isEqualTo("No such citizen");
        assertThat(e.correlationId()).isEqualTo(server.requests().getFirst().header("X-Correlation-Id"));
        assertThat(e.userMessage()).isEqualTo("No record was found for this National Insurance number.");
    }

    @Test
    void badRequestCarriesTheFieldErrors() {
        server.status(CITIZEN_PATH, 400, """
                {"title":"Bad Request","status":400,"errors":[{"field":"nino","message":"is not a valid NINO"}]}""",
                Map.of());

        InvalidRequestException e =
                catchThrowableOfType(InvalidRequestException.class, () -> apis.citizen().getCitizen(NINO));

        assertThat(e.fieldErrors()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("nino");
            assertThat(f.message()).isEqualTo("is not a valid NINO");
        });
        assertThat(e.userMessage()).contains("nino (is not a valid NINO)");
    }

    @Test
    void preconditionFailedCarriesTheServersCurrentVersionAndEtag() {
        server.status("/debt/v1/debts/D1234567/repayment-plan", 412, """
                {"title":"Precondition Failed","status":412,"current":{"debtId":"D1234567","version":9}}""",
                Map.of("ETag", "\"9\""));
        var plan = new RepaymentPlanRequest(1_500, Frequency.MONTHLY, LocalDate.of(2025, 3, 1),
                RecoveryMethod.DIRECT_PAYMENT, null);

        ConflictException e = catchThrowableOfType(ConflictException.class,
                () -> apis.debt().agreeRepaymentPlan("D1234567", "key-00000001", "\"8\"", plan));

        assertThat(e.status()).isEqualTo(412);
        assertThat(e.currentVersion()).get().extracting(n -> n.get("version").asInt()).isEqualTo(9);
        assertThat(e.currentEtag()).contains("\"9\"");
        var sent = server.requests().getFirst();
        assertThat(sent.header("If-Match")).isEqualTo("\"8\"");
        assertThat(sent.header("Idempotency-Key")).isEqualTo("key-00000001");
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).contains("\"instalmentPence\":1500");
    }

    @Test
    void serviceUnavailableCarriesRetryAfter() {
        server.status(CITIZEN_PATH, 503, "{\"title\":\"Unavailable\",\"status\":503}", Map.of("Retry-After", "7"));

        ServiceUnavailableException e =
                catchThrowableOfType(ServiceUnavailableException.class, () -> apis.citizen().getCitizen(NINO));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(e.userMessage()).isEqualTo("The Citizen service is unavailable right now; try again in 7 seconds.");
    }

    @Test
    void tooManyRequestsIsRateLimited() {
        server.status(CITIZEN_PATH, 429, "", Map.of("Retry-After", "2"));

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> apis.citizen().getCitizen(NINO));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(e.problem()).isEmpty();
    }

    @Test
    void anErrorWithAnUnreadableBodyIsStillTypedByItsStatus() {
        server.status(CITIZEN_PATH, 500, "<html>oops", Map.of());

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> apis.citizen().getCitizen(NINO));

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void invalidJsonIsMalformed() {
        server.json(CITIZEN_PATH, "{\"nino\": \"" + NINO + "\", \"name\": [}");

        MalformedResponseException e =
                catchThrowableOfType(MalformedResponseException.class, () -> apis.citizen().getCitizen(NINO));

        assertThat(e.isOversized()).isFalse();
        // The message is for engineers' logs: it must not quote the body it failed on.
        assertThat(e.getMessage()).doesNotContain(NINO);
    }

    @Test
    void truncatedJsonIsMalformed() {
        String json = SampleRecords.json(SampleRecords.citizen());
        server.json(CITIZEN_PATH, json.substring(0, json.length() / 2));

        assertThatThrownBy(() -> apis.citizen().getCitizen(NINO)).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void wrongShapeAndNullBodiesAreMalformed() {
        server.json(CITIZEN_PATH, "[1,2,3]");
        assertThatThrownBy(() -> apis.citizen().getCitizen(NINO)).isInstanceOf(MalformedResponseException.class);

        server.json(CITIZEN_PATH, "null");
        assertThatThrownBy(() -> apis.citizen().getCitizen(NINO)).isInstanceOf(MalformedResponseException.class);

        server.json("/award/", "{\"nino\":\"" + NINO + "\",\"awards\":[{\"amountPence\":12.5}]}");
        assertThatThrownBy(() -> apis.award().getAwards(NINO)).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void anOversizedBodyIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        String big = "{\"matches\":[],\"pad\":\"" + "x".repeat(100_000) + "\"}";
        server.json("/citizen/v1/citizens", big);
        MalformedResponseException declared = catchThrowableOfType(MalformedResponseException.class,
                () -> apis.citizen().trace(Map.of("surname", "Smith")));
        assertThat(declared.isOversized()).isTrue();

        server.on("/citizen/v1/citizens", (ex, s) ->
                FakeApiServer.respondChunked(ex, 200, big.getBytes(StandardCharsets.UTF_8)));
        MalformedResponseException chunked = catchThrowableOfType(MalformedResponseException.class,
                () -> apis.citizen().trace(Map.of("surname", "Smith")));
        assertThat(chunked.isOversized()).isTrue();
        assertThat(chunked.userMessage()).contains("more data than Caseview can accept");
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsATimeout() {
        server.hang(CITIZEN_PATH);

        ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class, () -> apis.citizen().getCitizen(NINO));

        assertThat(e.waited()).isEqualTo(Duration.ofMillis(1500));
        assertThat(e.userMessage()).isEqualTo("Citizen service did not answer within 1.5 seconds.");
    }

    @Test
    void aDroppedConnectionIsUnreachable() {
        server.reset(CITIZEN_PATH);

        assertThatThrownBy(() -> apis.citizen().getCitizen(NINO)).isInstanceOf(ApiUnreachableException.class);
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (CaseviewSdk nowhere = CaseviewSdk.builder().baseUri(URI.create("http://127.0.0.1:" + port)).build()) {
            ApiUnreachableException e = catchThrowableOfType(ApiUnreachableException.class,
                    () -> nowhere.apis().award().getAwards(NINO));
            assertThat(e.source()).isEqualTo(Source.AWARD);
            assertThat(e.userMessage()).isEqualTo(
                    "Caseview couldn't reach the Award service. Check the network connection, then retry.");
        }
    }

    @Test
    void perApiBaseUriOverridesTheDefault() throws IOException {
        try (FakeApiServer other = new FakeApiServer()) {
            other.json("/award/", SampleRecords.json(SampleRecords.awards()));
            try (CaseviewSdk split = CaseviewSdk.builder()
                    .baseUri(server.baseUri())
                    .baseUri(Source.AWARD, other.baseUri())
                    .build()) {
                split.apis().award().getAwards(NINO);
            }
            assertThat(other.requestsTo("/award/")).isEqualTo(1);
            assertThat(server.requestsTo("/award/")).isZero();
        }
    }
}
