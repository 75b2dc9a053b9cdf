package uk.caseview.stubs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import uk.caseview.sdk.auth.Role;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * A small HTTP client for tests against a running stub. Made from the server, it signs every
 * request with a token holding every role, because those tests are about data, not roles;
 * {@code RoleEnforcementTest} covers who may do what.
 */
public final class StubHttp {

    /** Not one of the stub's sign-in accounts: minted directly, for tests only. */
    public static final StaffAccount EVERY_ROLE = new StaffAccount("test-every-role", "Test (every role)",
            EnumSet.allOf(Role.class));

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String authorization;

    /** Sends no token: for a {@code withoutAuth()} server, or to test that one is refused. */
    public StubHttp(URI base) {
        this(base, null);
    }

    public StubHttp(StubServer server) {
        this(server.baseUri(), server.accessToken(EVERY_ROLE));
    }

    private StubHttp(URI base, String token) {
        this.base = base;
        this.authorization = token == null ? null : "Bearer " + token;
    }

    /** A request builder for this server carrying this client's token, for tests that send it themselves. */
    public HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    /** Signs in at the server's identity provider with the password grant, as the training desk does. */
    public String passwordSignIn(String username) {
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(base.resolve("/idp/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&username=" + username + "&password=" + StaffAccount.PASSWORD)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + answer.statusCode());
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same server, with another token (or none, for null). */
    public StubHttp withToken(String token) {
        return new StubHttp(base, token);
    }

    public HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET(), headers);
    }

    public HttpResponse<byte[]> send(String method, String pathAndQuery, String contentType, byte[] body,
            String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b, headers);
    }

    public HttpResponse<byte[]> send(HttpRequest.Builder builder, String... headers) {
        if (authorization != null) {
            builder.setHeader("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return client;
    }
}
