package uk.caseview.sdk.auth;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The desktop sign-in of RFC 8252: the authorization-code flow with PKCE (RFC 7636) in the
 * system browser, the code coming back to a one-off listener on a loopback port. Caseview never
 * sees the member of staff's password, and a code intercepted on the way is useless without the
 * verifier that never left this process. Blocks until the browser comes back: never on the FX thread.
 */
public final class BrowserSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String CLIENT_ID = "caseview-desktop";

    private BrowserSignIn() {}

    /**
     * @param openBrowser shows the provider's sign-in page (the app hands it to the system browser)
     * @param timeout     how long to wait for the member of staff to finish in the browser
     */
    public static IdentityProviderClient.Tokens signIn(IdentityProviderClient idp, Consumer<URI> openBrowser,
            Duration timeout) throws TokenRejectedException {
        String verifier = random();
        String state = random();
        CompletableFuture<String> code = new CompletableFuture<>();
        HttpServer listener;
        try {
            listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        } catch (IOException e) {
            throw new TokenRejectedException("Caseview could not listen for the browser's answer on this PC.", e);
        }
        URI redirect = URI.create("http://127.0.0.1:" + listener.getAddress().getPort() + "/callback");
        listener.createContext("/callback", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            boolean ours = state.equals(query.get("state")) && query.containsKey("code");
            String page = ours
                    ? "You are signed in to Caseview. You can close this tab and go back to Caseview."
                    : "This sign-in answer was not for this Caseview window. Go back to Caseview and try again.";
            byte[] body = ("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Caseview</title><p>" + page
                    + "</p></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(ours ? 200 : 400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            if (ours) {
                code.complete(query.get("code"));
            } else if (query.containsKey("error")) {
                code.completeExceptionally(new TokenRejectedException("The identity provider did not sign you in."));
            }
        });
        listener.start();
        try {
            openBrowser.accept(URI.create(idp.authorizationEndpoint() + "?response_type=code&scope=openid"
                    + "&client_id=" + CLIENT_ID + "&redirect_uri=" + encode(redirect.toString())
                    + "&state=" + state + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256"));
            String received = code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return idp.exchangeCode(received, verifier, redirect);
        } catch (TimeoutException e) {
            throw new TokenRejectedException("Signing in in the browser took too long. Try again.");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof TokenRejectedException t ? t
                    : new TokenRejectedException("Signing in in the browser failed. Try again.", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRejectedException("Signing in was cancelled.");
        } finally {
            listener.stop(0);
        }
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a malformed escape: that value is left out, and the answer is not ours
                }
            }
        }
        return values;
    }
}
