package uk.caseview.stubs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.caseview.sdk.json.Json;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubHttp;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.contract.OpenApiContract;
import uk.caseview.stubs.contract.Operation;

/**
 * Seeded garbage at every operation: mangled paths, parameters, headers and bodies, and broken
 * HTTP on a raw socket. The server must never answer 500 to a client's mistake, every error must
 * be a problem document, and it must still serve normally afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GarbageTest {

    private static final List<String> JUNK = List.of("", " ", "0", "-1", "99999999999999999999", "1e9", "null",
            "true", "ZZ000000A", "ZX000001A", "zx000001a", "D900000001001", "E9000000010001", "AB 12 34 56 C",
            "2025-02-30", "+99999-01-01", "2025-06-30", "balance", "-balance", "in_arrears", "%", "%zz", "..", "../..",
            "é", "☃", "'; DROP TABLE citizens;--", "<script>", "a".repeat(300), "\u0000", "A B", "monthly");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private StubServer server;
    private StubHttp http;
    private List<Operation> operations;

    @BeforeAll
    void start() throws InterruptedException {
        server = StubServer.start(StubConfig.defaults().withToday(LocalDate.of(2025, 6, 30))
                .withTraceIndexSize(20_000).withWorklistDebts(2_000));
        // A well-formed worklist request during the build is a 503 "preparing", by design, not a failure.
        assertThat(server.awaitWorklist(Duration.ofMinutes(2))).as("worklist ready (hang guard)").isTrue();
        http = new StubHttp(server);
        operations = OpenApiContract.load().operations();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {2024, 7, 99, 31337})
    void garbageRequestsAreNever500AndAlwaysProblems(long seed) throws Exception {
        SplittableRandom rng = new SplittableRandom(seed);
        int sent = 0;
        for (int n = 0; n < 400; n++) {
            Operation op = operations.get(rng.nextInt(operations.size()));
            String path = mangledPath(op.pathTemplate(), rng);
            String query = rng.nextInt(3) == 0 ? "" : "?" + junkQuery(op, rng);
            String method = rng.nextInt(4) == 0 ? METHODS.get(rng.nextInt(METHODS.size())) : op.method();
            HttpRequest.Builder b;
            try {
                URI uri = URI.create(server.baseUri() + path + query);
                b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(junkBody(rng)));
            } catch (IllegalArgumentException e) {
                continue; // not even a URI: no client could send it
            }
            header(b, rng, "Content-Type", List.of("application/json", "text/plain", "multipart/form-data",
                    "multipart/form-data; boundary=x", "application/json; charset=utf-8"));
            header(b, rng, "Idempotency-Key", List.of("k", "key-12345678", "x".repeat(200), "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"));
            header(b, rng, "X-Training-Session", List.of("alice", "bad session", "-", "x".repeat(65)));
            header(b, rng, "If-Match", List.of("\"1\"", "*", "W/\"2\"", "nonsense"));
            HttpResponse<byte[]> r;
            try {
                r = http.send(b);
            } catch (IllegalArgumentException e) {
                continue; // a header the client itself refuses to send
            }
            sent++;
            assertThat(r.statusCode()).as("%s %s", method, op.operationId()).isBetween(200, 499);
            boolean notAPath = path.startsWith("//");
            if (notAPath) {
                // "//x" is an authority, not a path: the JDK server answers it before any handler runs.
                assertThat(r.statusCode()).isBetween(400, 404);
            } else if (r.statusCode() >= 400) {
                assertThat(r.headers().firstValue("Content-Type")).as("%s %s", method, op.operationId())
                        .hasValue("application/problem+json");
                JsonNode problem = Json.mapper().readTree(r.body());
                assertThat(problem.path("status").asInt()).isEqualTo(r.statusCode());
                assertThat(problem.path("title").asText()).isNotBlank();
            }
        }
        assertThat(sent).isGreaterThan(250);
        assertThat(http.get("/citizen/v1/citizens/ZX000001A").statusCode()).isEqualTo(200);
    }

    @Test
    void brokenHttpDoesNotHurtTheServer() throws Exception {
        List<String> broken = List.of(
                "GARBAGE\r\n\r\n",
                "GET\r\n\r\n",
                "GET /citizen/v1/citizens/ZX000001A HTTP/9.9\r\n\r\n",
                "GET /citizen/v1/citizens/ZX000001A HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
                "POST /citizen/v1/citizens/ZX000001A/notes HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
                "POST /citizen/v1/citizens/ZX000001A/notes HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{",
                "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(100_000) + "\r\n\r\n",
                "\u0000\u0001\u0002\u00ff\r\n\r\n");
        for (String request : broken) {
            try (Socket s = new Socket(server.baseUri().getHost(), server.port())) {
                s.setSoTimeout(3_000);
                OutputStream out = s.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                s.shutdownOutput();
                String status = statusLine(s.getInputStream());
                assertThat(status).as(request.substring(0, Math.min(40, request.length())))
                        .doesNotContain(" 500 ");
            } catch (IOException e) {
                // The server may drop a connection that is not HTTP; that is fine, a 500 is not.
            }
        }
        assertThat(http.get("/citizen/v1/citizens/ZX000001A").statusCode()).isEqualTo(200);
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n' && sb.length() < 200) {
            sb.append((char) c);
        }
        return sb.toString();
    }

    private static String mangledPath(String template, SplittableRandom rng) {
        StringBuilder sb = new StringBuilder();
        for (String segment : template.substring(1).split("/")) {
            sb.append('/');
            if (segment.startsWith("{") || rng.nextInt(12) == 0) {
                sb.append(encode(JUNK.get(rng.nextInt(JUNK.size())), rng));
            } else {
                sb.append(segment);
            }
        }
        if (rng.nextInt(20) == 0) {
            sb.append('/');
        }
        return sb.toString();
    }

    private static String junkQuery(Operation op, SplittableRandom rng) {
        StringBuilder sb = new StringBuilder();
        List<Operation.Parameter> params = op.parameters().stream().filter(p -> p.in().equals("query")).toList();
        int count = 1 + rng.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = !params.isEmpty() && rng.nextInt(4) != 0
                    ? params.get(rng.nextInt(params.size())).name()
                    : JUNK.get(rng.nextInt(JUNK.size()));
            sb.append(i == 0 ? "" : "&").append(encode(name, rng)).append('=')
                    .append(encode(JUNK.get(rng.nextInt(JUNK.size())), rng));
        }
        return sb.toString();
    }

    /** Percent-encodes, except now and then when it leaves a raw, broken escape in on purpose. */
    private static String encode(String s, SplittableRandom rng) {
        if (rng.nextInt(10) == 0) {
            return s.replace(" ", "%20").replace("\u0000", "%00");
        }
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] junkBody(SplittableRandom rng) {
        return switch (rng.nextInt(8)) {
            case 0 -> new byte[0];
            case 1 -> {
                byte[] b = new byte[1 + rng.nextInt(2_000)];
                rng.nextBytes(b);
                yield b;
            }
            case 2 -> "{\"text\": 5, \"channel\": [\"phone\"]}".getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"instalmentPence\": 99999999999999999999999, \"frequency\": \"monthly\", \"startDate\": "
                    + "\"2025-07-01\", \"method\": \"direct_payment\"}").getBytes(StandardCharsets.UTF_8);
            case 4 -> "[".repeat(5_000).getBytes(StandardCharsets.UTF_8);
            case 5 -> "{\"citizen\": {\"errorRate\": 2}, \"pigeon\": {}}".getBytes(StandardCharsets.UTF_8);
            case 6 -> "--x\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\npayslip\r\n--x--\r\n"
                    .getBytes(StandardCharsets.UTF_8);
            default -> "{\"type\": \"payslip\", \"description\": \"\", \"dueBy\": \"+99999-01-01\", \"extra\": {}}"
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static void header(HttpRequest.Builder b, SplittableRandom rng, String name, List<String> values) {
        if (rng.nextInt(3) != 0) {
            b.header(name, values.get(rng.nextInt(values.size())));
        }
    }
}
