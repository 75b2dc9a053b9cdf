package uk.caseview.stubs;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar stubs/target/caseview-stubs.jar [flags]}: runs the stub server until SIGTERM or
 * Ctrl-C, then shuts it down cleanly.
 */
public final class StubServerMain {

    static final String USAGE = """
            Caseview stub server: the five Caseview APIs on HTTP, from seeded synthetic data.

            Usage: java -jar stubs/target/caseview-stubs.jar [flags]

              --port N               TCP port to listen on (default 8089; 0 picks a free port)
              --bind ADDRESS         address to listen on (default 127.0.0.1; loopback only)
              --public-url URL       the address desks reach this server at, e.g. http://trainer-pc:8089 (a
                                     classroom server bound to 0.0.0.0): its sign-in provider names itself by it
              --seed S               the data set: the same seed always gives the same citizens (default 42)
              --population N         how many generated citizens exist, 1..17000000 (default 15000000)
              --today YYYY-MM-DD     the date data is generated around (default: today's date)
              --trace-index-size N   how many generated citizens tracing covers (default 1000000; 16 bytes each)
              --worklist-debts N     how many debts the debt worklist's team caseload holds (default 120000)
              --indexes WHEN         build the trace index and worklist caseload at 'start' (in the background)
                                     or on the 'first-use' (default start); until the caseload is built the
                                     worklist answers 503 "preparing" with a Retry-After
              --fault API:SETTINGS   misbehave from the start; repeat for several APIs. API is citizen, earnings,
                                     award, debt or evidence; SETTINGS are comma-separated, from:
                                       latencyMs=N          fixed delay before answering
                                       latencyJitterMs=N    extra delay, uniform over 0..N ms
                                       errorRate=R          share of requests (0..1) answered with an error
                                       errorStatuses=S+S    statuses to pick from: 422, 429, 500, 502, 503 (default 500)
                                       retryAfterSeconds=N  Retry-After on 429 and 503
                                       hang=true            never answer (until the client gives up)
                                       reset=true           close the connection without answering
                                       malformed=M          invalid_json or truncated_json
                                       oversizedBytes=N     pad JSON bodies to N bytes
                                     e.g. --fault debt:errorRate=0.3,errorStatuses=503+429,retryAfterSeconds=2
                                     Faults draw from a random stream per API seeded by --seed: reproducible.
                                     Change them while running with POST /__admin/faults.
              --store-key-secret-file FILE
                                     derive each member of staff's store key (GET /citizen/v1/staff/me/store-key)
                                     from this file's bytes (at least 16) instead of the published default, so
                                     desks' stores open only with this server's keys. A file, not a flag value,
                                     to keep it out of the process list and shell history
              --no-auth              accept every request without a token (contract tests, quick demos only;
                                     logs a warning). By default each API call needs a token from the stub's
                                     identity provider at /idp, and the role the role matrix names
              --help                 print this and exit

            Personas (training cases) have NINOs ZX000001A upwards; GET /__admin/scenarios lists them.
            The contract is served at GET /openapi.yaml. Staff accounts (all synthetic, password "training"):
            trainee, frontline, debt, leader, trainer; see stubs/README.md.
            """;

    static final int DEFAULT_PORT = 8089;
    static final java.util.Set<String> FLAGS = java.util.Set.of("--port", "--bind", "--seed", "--population",
            "--today", "--public-url", "--trace-index-size", "--worklist-debts", "--indexes", "--fault",
            "--store-key-secret-file");

    private StubServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        // The stub's own log settings, named so they never compete with the desktop app's logback.xml
        // when the stub is embedded in it. Set before the first logger is made.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-stub-server.xml");
        }
        StubConfig config;
        try {
            config = parse(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("caseview-stubs: " + e.getMessage());
            System.err.println("Run with --help to see every flag.");
            System.exit(2);
            return;
        }
        if (config == null) {
            return;
        }
        StubServer server = StubServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Caseview stub server stopping...");
            server.close();
            System.out.println("Caseview stub server stopped cleanly.");
            System.out.flush();
            stopped.countDown();
        }, "stub-shutdown"));
        System.out.println("Caseview stub server listening on " + server.baseUri() + " (seed " + config.seed()
                + "). Ctrl-C or SIGTERM stops it.");
        stopped.await();
    }

    /** The config the flags describe, or null when --help was printed. */
    static StubConfig parse(String[] args, PrintStream out) {
        StubConfig config = StubConfig.defaults().withPort(DEFAULT_PORT).withIndexesBuiltAtStart(true);
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                out.print(USAGE);
                return null;
            }
            if (flag.equals("--no-auth")) {
                config = config.withoutAuth();
                continue;
            }
            String name = flag.contains("=") ? flag.substring(0, flag.indexOf('=')) : flag;
            if (!FLAGS.contains(name)) {
                throw new IllegalArgumentException("unknown flag " + name);
            }
            String value;
            int eq = flag.indexOf('=');
            if (flag.startsWith("--") && eq > 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                value = args[++i];
            }
            config = switch (flag) {
                case "--port" -> config.withPort(intValue(flag, value));
                case "--bind" -> config.withBindAddress(address(value));
                case "--seed" -> config.withSeed(longValue(flag, value));
                case "--population" -> config.withPopulation(intValue(flag, value));
                case "--today" -> config.withToday(date(flag, value));
                case "--public-url" -> config.withPublicUrl(publicUrl(flag, value));
                case "--trace-index-size" -> config.withTraceIndexSize(intValue(flag, value));
                case "--worklist-debts" -> config.withWorklistDebts(intValue(flag, value));
                case "--store-key-secret-file" -> config.withStoreKeySecret(secretFile(flag, value));
                case "--fault" -> {
                    var fault = uk.caseview.stubs.fault.FaultFlag.parse(value);
                    yield config.withFault(fault.getKey(), fault.getValue());
                }
                case "--indexes" -> switch (value) {
                    case "start" -> config.withIndexesBuiltAtStart(true);
                    case "first-use" -> config.withIndexesBuiltAtStart(false);
                    default -> throw new IllegalArgumentException("--indexes must be start or first-use");
                };
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            };
        }
        return config;
    }

    private static int intValue(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number");
        }
    }

    private static long longValue(String flag, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number");
        }
    }

    private static LocalDate date(String flag, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(flag + " must be a date like 2025-04-30");
        }
    }

    private static java.net.URI publicUrl(String flag, String value) {
        try {
            java.net.URI uri = java.net.URI.create(value);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + " must be an address like http://trainer-pc:8089");
        }
    }

    private static byte[] secretFile(String flag, String value) {
        byte[] secret;
        try {
            secret = Files.readAllBytes(Path.of(value));
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException(flag + ": cannot read " + value);
        }
        if (secret.length < StubConfig.MIN_STORE_KEY_SECRET_BYTES) {
            throw new IllegalArgumentException(flag + " must name a file of at least "
                    + StubConfig.MIN_STORE_KEY_SECRET_BYTES + " bytes");
        }
        return secret;
    }

    private static InetAddress address(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: unknown address");
        }
    }
}
