package uk.caseview.sdk.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Talks to an OpenID Connect provider: reads its discovery document and keys, and exchanges a
 * grant (an authorization code with its PKCE verifier, a refresh token, or, on the stub's
 * training provider only, a password) for tokens. Every call blocks on the network: never on the
 * FX thread.
 */
public final class IdentityProviderClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final String issuer;
    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final TokenVerifier verifier;

    private IdentityProviderClient(HttpClient http, String issuer, URI authorizationEndpoint, URI tokenEndpoint,
            TokenVerifier verifier) {
        this.http = http;
        this.issuer = issuer;
        this.authorizationEndpoint = authorizationEndpoint;
        this.tokenEndpoint = tokenEndpoint;
        this.verifier = verifier;
    }

    /**
     * Reads {@code {issuer}/.well-known/openid-configuration} and the provider's keys.
     *
     * @throws TokenRejectedException when the provider cannot be reached or answers nonsense,
     *                                with a message for the member of staff
     */
    public static IdentityProviderClient discover(HttpClient http, URI issuer) throws TokenRejectedException {
        String base = issuer.toString().replaceAll("/+$", "");
        JsonNode config = getJson(http, URI.create(base + "/.well-known/openid-configuration"));
        String declared = text(config, "issuer");
        if (!base.equals(declared)) {
            // OpenID Connect Discovery 1.0 §4.3: a document naming another issuer must not be used.
            throw new TokenRejectedException("The identity provider at " + issuer.getHost()
                    + " describes itself as another provider; Caseview will not sign in there.");
        }
        JsonNode keys = getJson(http, URI.create(text(config, "jwks_uri")));
        JWKSet jwks;
        try {
            jwks = JWKSet.parse(keys.toString());
        } catch (java.text.ParseException e) {
            throw new TokenRejectedException("The identity provider's keys could not be read.");
        }
        return new IdentityProviderClient(http, declared, URI.create(text(config, "authorization_endpoint")),
                URI.create(text(config, "token_endpoint")),
                new TokenVerifier(declared, new ImmutableJWKSet<SecurityContext>(jwks)));
    }

    public String issuer() {
        return issuer;
    }

    public URI authorizationEndpoint() {
        return authorizationEndpoint;
    }

    public TokenVerifier verifier() {
        return verifier;
    }

    /** The stub's training provider only: no real provider accepts a password from a desktop app. */
    public Tokens passwordGrant(String username, String password) throws TokenRejectedException {
        return token(Map.of("grant_type", "password", "username", username, "password", password));
    }

    public Tokens refresh(String refreshToken) throws TokenRejectedException {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** Completes the authorization-code flow with the PKCE verifier kept since the request (RFC 7636). */
    public Tokens exchangeCode(String code, String codeVerifier, URI redirectUri) throws TokenRejectedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("code_verifier", codeVerifier);
        form.put("redirect_uri", redirectUri.toString());
        form.put("client_id", "caseview-desktop");
        return token(form);
    }

    private Tokens token(Map<String, String> form) throws TokenRejectedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = send(request);
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 200) {
            String error = answer.path("error").asText("");
            throw new TokenRejectedException(switch (error) {
                case "invalid_grant" -> "The identity provider did not accept that sign-in. Check the details and try again.";
                case "unsupported_grant_type" -> "This identity provider does not offer that way of signing in.";
                default -> "The identity provider refused the sign-in (" + response.statusCode() + ").";
            });
        }
        AccessToken access = verifier.verify(text(answer, "access_token"));
        String refresh = answer.path("refresh_token").asText(null);
        return new Tokens(access, refresh);
    }

    private static JsonNode getJson(HttpClient http, URI uri) throws TokenRejectedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = send(http, request);
        if (response.statusCode() != 200) {
            throw new TokenRejectedException("The identity provider answered " + response.statusCode()
                    + "; sign-in is not possible until it is back.");
        }
        return parse(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws TokenRejectedException {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws TokenRejectedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenRejectedException("The identity provider at " + request.uri().getHost()
                    + " could not be reached. Check the network and try again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRejectedException("Signing in was interrupted.", e);
        }
    }

    private static JsonNode parse(String body) throws TokenRejectedException {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            throw new TokenRejectedException("The identity provider's answer could not be read.");
        }
    }

    private static String text(JsonNode node, String field) throws TokenRejectedException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new TokenRejectedException("The identity provider's answer has no " + field + ".");
        }
        return value.asText();
    }

    /** What a grant returned: a checked access token and, usually, a refresh token. */
    public record Tokens(AccessToken access, String refreshToken) {
        @Override
        public String toString() {
            return "Tokens[" + access + "]";
        }
    }
}
