package uk.caseview.stubs.idp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.caseview.stubs.http.Reply;

/**
 * The stub's OpenID Connect provider under {@value #PREFIX} (decision 0700): discovery, keys, the
 * token endpoint and a plain sign-in form for the authorization-code flow. Deliberately small: it
 * serves synthetic staff to a training desk and tests, and nothing here is a pattern for a real
 * provider (the password grant above all).
 */
public final class IdentityProviderEndpoints {

    public static final String PREFIX = "/idp";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FORM_BYTES = 16 * 1024;

    private final TokenIssuer issuer;

    public IdentityProviderEndpoints(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    public static boolean handles(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    public Reply handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        return switch (method + " " + path) {
            case "GET /.well-known/openid-configuration" -> discovery();
            case "GET /jwks" -> Reply.bytes(200, "application/json",
                    issuer.publicKeys().toString().getBytes(StandardCharsets.UTF_8));
            case "POST /token" -> token(readForm(exchange));
            case "GET /authorize" -> signInForm(query(exchange.getRequestURI()), null);
            case "POST /authorize" -> authorize(readForm(exchange));
            default -> oauthError(404, "not_found", "No such identity provider endpoint.");
        };
    }

    private Reply discovery() throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer.issuer());
        doc.put("authorization_endpoint", issuer.issuer() + "/authorize");
        doc.put("token_endpoint", issuer.issuer() + "/token");
        doc.put("jwks_uri", issuer.issuer() + "/jwks");
        doc.put("response_types_supported", java.util.List.of("code"));
        doc.put("grant_types_supported", java.util.List.of("authorization_code", "refresh_token", "password"));
        doc.put("code_challenge_methods_supported", java.util.List.of("S256"));
        doc.put("id_token_signing_alg_values_supported", java.util.List.of("ES256"));
        doc.put("subject_types_supported", java.util.List.of("public"));
        return Reply.bytes(200, "application/json", JSON.writeValueAsBytes(doc));
    }

    private Reply token(Map<String, String> form) throws IOException {
        String grant = form.getOrDefault("grant_type", "");
        Optional<StaffAccount> account = switch (grant) {
            case "password" -> StaffAccount.byUsername(form.getOrDefault("username", ""))
                    .filter(a -> StaffAccount.PASSWORD.equals(form.get("password")));
            case "refresh_token" -> issuer.redeemRefreshToken(form.get("refresh_token"));
            case "authorization_code" -> issuer.redeemCode(form.get("code"))
                    .filter(g -> g.redirectUri().equals(form.get("redirect_uri")))
                    .filter(g -> g.codeChallenge().equals(challengeOf(form.getOrDefault("code_verifier", ""))))
                    .map(TokenIssuer.Grant::account);
            default -> null;
        };
        if (account == null) {
            return oauthError(400, "unsupported_grant_type", "This provider issues tokens for a password, "
                    + "an authorization code or a refresh token.");
        }
        if (account.isEmpty()) {
            return oauthError(400, "invalid_grant", "Those sign-in details were not accepted.");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", issuer.accessToken(account.get()));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", TokenIssuer.ACCESS_LIFETIME.toSeconds());
        answer.put("refresh_token", issuer.refreshToken(account.get()));
        return Reply.bytes(200, "application/json", JSON.writeValueAsBytes(answer),
                new Reply.Header("Cache-Control", "no-store"));
    }

    private Reply authorize(Map<String, String> form) {
        String redirect = form.getOrDefault("redirect_uri", "");
        if (!isLoopback(redirect) || !"S256".equals(form.get("code_challenge_method"))
                || form.getOrDefault("code_challenge", "").isBlank()) {
            return oauthError(400, "invalid_request",
                    "A desktop sign-in needs a loopback redirect_uri and an S256 code_challenge.");
        }
        Optional<StaffAccount> account = StaffAccount.byUsername(form.getOrDefault("username", ""))
                .filter(a -> StaffAccount.PASSWORD.equals(form.get("password")));
        if (account.isEmpty()) {
            return signInForm(form, "Those sign-in details were not accepted.");
        }
        String code = issuer.authorizationCode(account.get(), form.get("code_challenge"), redirect);
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + encode(code)
                + "&state=" + encode(form.getOrDefault("state", ""));
        return Reply.bytes(302, null, new byte[0], new Reply.Header("Location", location));
    }

    /** RFC 8252 §7.3: a native app receives its code on a loopback address it listens on. */
    private static boolean isLoopback(String redirect) {
        try {
            URI uri = URI.create(redirect);
            return "http".equals(uri.getScheme())
                    && ("127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Reply signInForm(Map<String, String> params, String error) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new String[] {"redirect_uri", "state", "code_challenge", "code_challenge_method", "client_id"}) {
            hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(html(params.getOrDefault(name, ""))).append("\">");
        }
        String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Caseview training sign-in</title>"
                + "</head><body style=\"font-family:sans-serif;max-width:28em;margin:3em auto\">"
                + "<h1>Caseview training sign-in</h1><p>Synthetic staff only; see stubs/README.md.</p>"
                + (error == null ? "" : "<p role=\"alert\" style=\"color:#b00\">" + html(error) + "</p>")
                + "<form method=\"post\" action=\"" + PREFIX + "/authorize\">" + hidden
                + "<p><label>Username <input name=\"username\" autofocus></label></p>"
                + "<p><label>Password <input name=\"password\" type=\"password\"></label></p>"
                + "<p><button type=\"submit\">Sign in</button></p></form></body></html>";
        return Reply.bytes(error == null ? 200 : 401, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8),
                new Reply.Header("Cache-Control", "no-store"));
    }

    private static Reply oauthError(int status, String error, String description) {
        String body = "{\"error\":\"" + error + "\",\"error_description\":\"" + description.replace("\"", "'") + "\"}";
        return Reply.bytes(status, "application/json", body.getBytes(StandardCharsets.UTF_8),
                new Reply.Header("Cache-Control", "no-store"));
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readForm(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
            if (body.length > MAX_FORM_BYTES) {
                return Map.of();
            }
            return parse(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> query(URI uri) {
        return uri.getRawQuery() == null ? Map.of() : parse(uri.getRawQuery());
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new HashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                values.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: leave that field out; the grant then fails as incomplete
            }
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String html(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
