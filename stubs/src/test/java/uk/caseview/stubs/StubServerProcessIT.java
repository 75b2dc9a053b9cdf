package uk.caseview.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real caseview-stubs.jar as its own process: --help documents every flag, a bad flag is
 * refused, and SIGTERM shuts it down cleanly (the shutdown hook runs, even with a request hung by a
 * fault). Its log never names the citizen it served.
 */
class StubServerProcessIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://[0-9.]+:[0-9]+)");

    private final Path jar = Path.of(System.getProperty("stubs.jar", "target/caseview-stubs.jar"));
    private final String java = ProcessHandle.current().info().command().orElse("java");

    @Test
    void helpDocumentsEveryFlag() throws Exception {
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "--help").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        for (String flag : StubServerMain.FLAGS) {
            assertThat(out).contains(flag);
        }
        assertThat(out).contains("--help");
    }

    @Test
    void aBadFlagIsRefusedWithAReason() throws Exception {
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "many").redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out).contains("--port must be a whole number").doesNotContain("Exception");
    }

    @Test
    void sigtermShutsDownCleanlyEvenWithAHungRequest() throws Exception {
        assertThat(Files.exists(jar)).as("run after package: %s", jar).isTrue();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--port", "0", "--indexes",
                "first-use", "--fault", "evidence:hang=true").redirectErrorStream(true).start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        StringBuilder log = new StringBuilder();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read failed");
            }
        });
        URI base = null;
        while (base == null) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("the stub should say where it listens").isNotNull();
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                base = URI.create(m.group(1));
            }
        }
        StubHttp anonymous = new StubHttp(base);
        assertThat(anonymous.get("/citizen/v1/citizens/ZX000001A").statusCode())
                .as("the standalone stub asks for a token by default").isEqualTo(401);
        String token = anonymous.passwordSignIn("frontline");
        StubHttp http = anonymous.withToken(token);
        assertThat(http.get("/citizen/v1/citizens/ZX000001A").statusCode()).isEqualTo(200);
        // A request the hang fault will never answer, on a raw socket so nothing retries it.
        try (Socket hung = new Socket(base.getHost(), base.getPort())) {
            hung.getOutputStream().write(("GET /evidence/v1/citizens/ZX000001A/evidence HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + token + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            hung.getOutputStream().flush();
            hung.setSoTimeout(30_000);

            p.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            assertThat(p.exitValue()).isIn(0, 143);
            int read;
            try {
                read = hung.getInputStream().read();
            } catch (SocketException reset) {
                read = -1;
            }
            assertThat(read).as("the hung request is closed without an answer").isEqualTo(-1);
        }
        String output;
        synchronized (log) {
            output = log.toString();
        }
        for (int i = 0; i < 100 && !output.contains("stopped cleanly."); i++) {
            lines.poll(100, TimeUnit.MILLISECONDS);
            synchronized (log) {
                output = log.toString();
            }
        }
        assertThat(output).contains("Caseview stub server stopped cleanly.");
        assertThat(output).doesNotContain("ZX000001A").doesNotContain("Pritchard");
        assertThat(List.of(output.split("\n"))).noneMatch(l -> l.contains("ERROR"));
    }
}
