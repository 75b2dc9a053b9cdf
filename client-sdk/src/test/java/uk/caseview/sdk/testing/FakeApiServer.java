package uk.caseview.sdk.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A tiny HTTP server on loopback for SDK tests (client-sdk cannot depend on the stub server).
 * Routes are matched by path prefix, longest first; unmatched paths answer 404 problem+json.
 */
public final class FakeApiServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    /** Released on close, so hanging handlers end with the test. */
    private final CountDownLatch closing = new CountDownLatch(1);

    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange, FakeApiServer server) throws Exception;
    }

    /** What the SDK sent: method, path (with query), headers and body. */
    public record Recorded(String method, String pathAndQuery, Headers headers, byte[] body) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    public FakeApiServer() throws IOException {
        this(null);
    }

    /** Serves HTTPS with the given context (its key manager holds the server certificate). */
    public FakeApiServer(SSLContext tls) throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(loopback, 0);
        } else {
            HttpsServer https = HttpsServer.create(loopback, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::dispatch);
        server.start();
    }

    public URI baseUri() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeApiServer on(String pathPrefix, Handler handler) {
        routes.put(pathPrefix, handler);
        return this;
    }

    public FakeApiServer json(String pathPrefix, String body) {
        return on(pathPrefix, (ex, s) -> respond(ex, 200, "application/json", body));
    }

    public FakeApiServer status(String pathPrefix, int status, String problemJson, Map<String, String> headers) {
        return on(pathPrefix, (ex, s) -> {
            headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            respond(ex, status, "application/problem+json", problemJson);
        });
    }

    /** Accepts the request and never answers (until the server closes). */
    public FakeApiServer hang(String pathPrefix) {
        return on(pathPrefix, (ex, s) -> s.awaitClose());
    }

    /** Closes the connection without a response. */
    public FakeApiServer reset(String pathPrefix) {
        return on(pathPrefix, (ex, s) -> ex.close());
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public long requestsTo(String pathPrefix) {
        return requests.stream().filter(r -> r.pathAndQuery().startsWith(pathPrefix)).count();
    }

    public void awaitClose() throws InterruptedException {
        closing.await(60, TimeUnit.SECONDS);
    }

    public static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A body sent chunked, without Content-Length, so only counting the bytes reveals its size. */
    public static void respondChunked(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        try {
            byte[] body = ex.getRequestBody().readAllBytes();
            requests.add(new Recorded(ex.getRequestMethod(), ex.getRequestURI().toString(), ex.getRequestHeaders(), body));
            Handler handler = routes.entrySet().stream()
                    .filter(e -> ex.getRequestURI().getPath().startsWith(e.getKey()))
                    .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                    .map(Map.Entry::getValue)
                    .orElse(null);
            if (handler == null) {
                respond(ex, 404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}");
                return;
            }
            handler.handle(ex, this);
        } catch (Exception e) {
            ex.close();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
