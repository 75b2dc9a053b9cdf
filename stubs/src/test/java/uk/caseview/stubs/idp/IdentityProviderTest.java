package uk.caseview.stubs.idp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.auth.IdentityProviderClient;
import uk.caseview.sdk.auth.Role;
import uk.caseview.sdk.auth.StaffSession;
import uk.caseview.sdk.auth.TokenRejectedException;

/** The SDK's OpenID Connect client against the stub's provider: every grant, and renewal before expiry. */
class IdentityProviderTest {

    private static StubServerHolder stub;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Keeps the server and its discovered provider together for the class. */
    record StubServerHolder(uk.caseview.stubs.StubServer server, IdentityProviderClient idp) {}

    @BeforeAll
    static void start() throws Exception {
        var server = uk.caseview.stubs.StubServer.start(uk.caseview.stubs.StubConfig.defaults().withTraceIndexSize(0));
        stub = new StubServerHolder(server, IdentityProviderClient.discover(HTTP, server.issuer()));
    }

    @AfterAll
    static void stop() {
        stub.server().close();
    }

    @Test
    void discoveryNamesTheStubAsIssuer() {
        assertThat(stub.idp().issuer()).isEqualTo(stub.server().issuer().toString());
    }

    /**
     * A classroom server bound to every interface names itself by the address desks reach it at,
     * so a desk's discovery check (the document must name the issuer it was fetched from) passes.
     */
    @Test
    void aClassroomServerNamesItselfByItsPublicAddress() throws Exception {
        try (uk.caseview.stubs.StubServer bound = uk.caseview.stubs.StubServer.start(uk.caseview.stubs.StubConfig
                .defaults().withTraceIndexSize(0))) {
            URI reached = URI.create("http://localhost:" + bound.port());
            bound.close();
            try (uk.caseview.stubs.StubServer classroom = uk.caseview.stubs.StubServer.start(uk.caseview.stubs.StubConfig
                    .defaults().withTraceIndexSize(0).withPort(reached.getPort()).withPublicUrl(reached))) {
                assertThat(classroom.issuer()).isEqualTo(URI.create(reached + "/idp"));
                var idp = IdentityProviderClient.discover(HttpClient.newHttpClient(), URI.create(reached + "/idp"));
                assertThat(idp.issuer()).isEqualTo(reached + "/idp");
                assertThat(idp.passwordGrant("trainee", StaffAccount.PASSWORD).access().subject()).isEqualTo("trainee");
            }
        }
    }

    @Test
    void thePasswordGrantGivesACheckedTokenWithTheAccountsRoles() throws Exception {
        var tokens = stub.idp().passwordGrant("debt", StaffAccount.PASSWORD);
        assertThat(tokens.access().roles()).containsExactly(Role.DEBT_OFFICER);
        assertThat(tokens.access().training()).isTrue();
        assertThat(tokens.access().subject()).isEqualTo("debt");
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageForStaff() {
        assertThatThrownBy(() -> stub.idp().passwordGrant("debt", "guess"))
                .isInstanceOf(TokenRejectedException.class).hasMessageContaining("did not accept");
    }

    @Test
    void aRefreshTokenIsGoodOnce() throws Exception {
        var first = stub.idp().passwordGrant("frontline", StaffAccount.PASSWORD);
        var renewed = stub.idp().refresh(first.refreshToken());
        assertThat(renewed.access().roles()).containsExactly(Role.FRONTLINE_AGENT);
        assertThatThrownBy(() -> stub.idp().refresh(first.refreshToken())).isInstanceOf(TokenRejectedException.class);
    }

    @Test
    void theAuthorizationCodeFlowWithPkceSignsIn() throws Exception {
        String verifier = "a-verifier-of-at-least-forty-three-characters-0123456789";
        URI redirect = URI.create("http://127.0.0.1:51234/callback");
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(stub.idp().authorizationEndpoint()
                + "?response_type=code&client_id=caseview-desktop&state=s1&code_challenge_method=S256&code_challenge="
                + IdentityProviderEndpoints.challengeOf(verifier) + "&redirect_uri=" + enc(redirect.toString())))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<form").contains("name=\"password\"");

        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(stub.idp().authorizationEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=leader&password=" + StaffAccount.PASSWORD
                        + "&state=s1&code_challenge_method=S256&code_challenge="
                        + IdentityProviderEndpoints.challengeOf(verifier) + "&redirect_uri=" + enc(redirect.toString())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        URI location = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
        assertThat(location.getQuery()).contains("state=s1");
        String code = location.getQuery().replaceAll(".*code=([^&]+).*", "$1");

        assertThatThrownBy(() -> stub.idp().exchangeCode(code, "another-verifier", redirect))
                .as("a code is refused without its own verifier, and is then used up")
                .isInstanceOf(TokenRejectedException.class);
    }

    @Test
    void theCodeIsExchangedWithItsVerifier() throws Exception {
        String verifier = "another-verifier-of-at-least-forty-three-characters-987";
        URI redirect = URI.create("http://127.0.0.1:51235/callback");
        String code = stub.server().tokens().authorizationCode(StaffAccount.withOnly(Role.TEAM_LEADER),
                IdentityProviderEndpoints.challengeOf(verifier), redirect.toString());
        var tokens = stub.idp().exchangeCode(code, verifier, redirect);
        assertThat(tokens.access().roles()).containsExactly(Role.TEAM_LEADER);
    }

    @Test
    void theDesktopSignsInThroughTheBrowserAndALoopbackRedirect() throws Exception {
        // The "browser" here fills in the provider's form and follows its redirect, as a person would.
        var tokens = uk.caseview.sdk.auth.BrowserSignIn.signIn(stub.idp(), url -> Thread.ofVirtual().start(() -> {
            try {
                String query = url.getRawQuery();
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(stub.idp().authorizationEndpoint())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(query + "&username=debt&password="
                                + StaffAccount.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
                URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
                HTTP.send(HttpRequest.newBuilder(back).GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), Duration.ofSeconds(20));
        assertThat(tokens.access().roles()).containsExactly(Role.DEBT_OFFICER);
    }

    @Test
    void aSessionRenewsItsTokenShortlyBeforeItExpires() throws Exception {
        // Nine and a half minutes on, the ten-minute token is inside the renewal window.
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(570));
        StaffSession session = new StaffSession(true, later);
        session.begin(stub.idp(), stub.idp().passwordGrant("trainee", StaffAccount.PASSWORD));
        String before = session.user().orElseThrow().encoded();

        String now = session.currentToken().orElseThrow();

        assertThat(now).isNotEqualTo(before);
        assertThat(session.user().orElseThrow().roles()).isEqualTo(Set.of(Role.FRONTLINE_AGENT, Role.DEBT_OFFICER));
    }

    /**
     * Several SDK calls at once in the minute before expiry (a panel refresh, the outbox, the
     * connection check): each needs the token renewed, and a refresh token is good once. They
     * renew one after another, so none sends a used-up refresh token and the session carries on.
     * (Seen on screen: a trainee was sent back to sign-in nine minutes after signing in, "Your
     * sign-in could not be renewed: The identity provider did not accept that sign-in.")
     */
    @Test
    void callsArrivingTogetherInTheRenewalWindowKeepTheSession() throws Exception {
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(570));
        StaffSession session = new StaffSession(true, later);
        session.begin(stub.idp(), stub.idp().passwordGrant("trainee", StaffAccount.PASSWORD));
        java.util.concurrent.atomic.AtomicReference<String> ended = new java.util.concurrent.atomic.AtomicReference<>();
        session.onEnded(ended::set);

        int calls = 8;
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(calls);
        try {
            java.util.List<java.util.concurrent.Future<java.util.Optional<String>>> tokens = new java.util.ArrayList<>();
            for (int i = 0; i < calls; i++) {
                tokens.add(threads.submit(() -> {
                    go.await();
                    return session.currentToken();
                }));
            }
            go.countDown();
            for (var t : tokens) {
                assertThat(t.get(30, java.util.concurrent.TimeUnit.SECONDS)).isPresent();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(ended.get()).as("session ended").isNull();
        assertThat(session.user()).isPresent();
    }

    @Test
    void aSessionWhoseRenewalFailsEndsAndSaysWhy() throws Exception {
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(570));
        StaffSession session = new StaffSession(true, later);
        var tokens = stub.idp().passwordGrant("trainee", StaffAccount.PASSWORD);
        stub.idp().refresh(tokens.refreshToken()); // used up elsewhere: renewal will fail
        session.begin(stub.idp(), tokens);
        java.util.concurrent.atomic.AtomicReference<String> reason = new java.util.concurrent.atomic.AtomicReference<>();
        session.onEnded(reason::set);

        assertThat(session.currentToken()).isEmpty();
        assertThat(session.user()).isEmpty();
        assertThat(reason.get()).contains("could not be renewed");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
