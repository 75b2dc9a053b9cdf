package uk.caseview.stubs;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.stubs.api.AdminEndpoints;
import uk.caseview.stubs.api.AuditEndpoints;
import uk.caseview.stubs.api.AwardEndpoints;
import uk.caseview.stubs.api.NotificationEndpoints;
import uk.caseview.stubs.api.CitizenEndpoints;
import uk.caseview.stubs.api.CitizenWriteEndpoints;
import uk.caseview.stubs.api.DebtWriteEndpoints;
import uk.caseview.stubs.api.EvidenceWriteEndpoints;
import uk.caseview.stubs.api.WorklistEndpoints;
import uk.caseview.stubs.api.DebtEndpoints;
import uk.caseview.stubs.api.EarningsEndpoints;
import uk.caseview.stubs.api.EvidenceEndpoints;
import uk.caseview.stubs.api.StoreKeyEndpoints;
import uk.caseview.stubs.contract.ContractSchemas;
import uk.caseview.stubs.contract.OpenApiContract;
import uk.caseview.stubs.contract.Operation;
import uk.caseview.stubs.contract.RouteTable;
import uk.caseview.stubs.data.CitizenDirectory;
import uk.caseview.stubs.data.gen.Population;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.StubHttpHandler;
import uk.caseview.stubs.idp.IdentityProviderEndpoints;
import uk.caseview.stubs.idp.RequestAuthoriser;
import uk.caseview.stubs.idp.StaffAccount;
import uk.caseview.stubs.idp.StoreKeyIssuer;
import uk.caseview.stubs.idp.TokenIssuer;
import uk.caseview.stubs.persona.PersonaCatalogue;
import uk.caseview.stubs.state.CaseData;
import uk.caseview.stubs.state.Classroom;
import uk.caseview.stubs.trace.Tracer;
import uk.caseview.stubs.worklist.CaseloadHolder;

/**
 * The stub server: the five Caseview APIs on loopback HTTP, answering from seeded synthetic data.
 * Start one per test or per app session and close it when done.
 *
 * <pre>{@code
 * try (StubServer stub = StubServer.start(StubConfig.defaults())) {
 *     URI base = stub.baseUri(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class StubServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StubServer.class);

    private final StubConfig config;
    private final HttpServer http;
    private final ExecutorService executor;
    private final FaultController faults;
    private final CaseloadHolder caseload;
    private final Tracer tracer;
    private final TokenIssuer tokens;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean closed;

    private StubServer(StubConfig config) throws IOException {
        this.config = config;
        LocalDate today = config.effectiveToday();
        this.faults = new FaultController(config.seed(), config.faults());
        PersonaCatalogue personas = new PersonaCatalogue(today);
        Population population = new Population(config.seed(), config.population(), today);
        Classroom classroom = new Classroom();
        CaseData data = new CaseData(new CitizenDirectory(population, personas), classroom);
        this.tracer = new Tracer(personas, population, config.traceIndexSize());
        this.caseload = new CaseloadHolder(population, config.worklistDebts());
        if (config.indexesBuiltAtStart()) {
            buildIndexesInBackground();
        }
        OpenApiContract contract = OpenApiContract.load();

        Map<String, Endpoint> endpoints = new HashMap<>();
        endpoints.putAll(new CitizenEndpoints(data, tracer).endpoints());
        endpoints.putAll(new EarningsEndpoints(data, today).endpoints());
        endpoints.putAll(new AwardEndpoints(data).endpoints());
        endpoints.putAll(new DebtEndpoints(data).endpoints());
        endpoints.putAll(new EvidenceEndpoints(data).endpoints());
        endpoints.putAll(new CitizenWriteEndpoints(data, config.clock(), today).endpoints());
        endpoints.putAll(new NotificationEndpoints(data, config.clock(), today).endpoints());
        endpoints.putAll(new DebtWriteEndpoints(data, today).endpoints());
        endpoints.putAll(new WorklistEndpoints(caseload, classroom, today).endpoints());
        endpoints.putAll(new EvidenceWriteEndpoints(data, today).endpoints());
        endpoints.putAll(new AuditEndpoints(data, config.clock()).endpoints());
        endpoints.putAll(new StoreKeyEndpoints(new StoreKeyIssuer(config.storeKeySecret())).endpoints());
        endpoints.putAll(new AdminEndpoints(personas, faults, classroom).endpoints());
        requireAllInContract(endpoints, contract);

        Map<String, Reply> fixed = Map.of("/openapi.yaml",
                Reply.bytes(200, "application/yaml", contract.yamlBytes()));

        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.http = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 1024);
        // The issuer names the port, which is known only once bound.
        // Real time, not the stub's (possibly frozen) training clock: expiry is checked against real time.
        // A classroom server names itself by the address desks reach it at, when given one.
        String publicBase = config.publicUrl() == null ? baseUri().toString()
                : config.publicUrl().toString().replaceAll("/+$", "");
        this.tokens = new TokenIssuer(publicBase + IdentityProviderEndpoints.PREFIX, java.time.Clock.systemUTC());
        RequestAuthoriser authoriser = config.auth() ? new RequestAuthoriser(tokens.verifier()) : null;
        StubHttpHandler handler = new StubHttpHandler(new RouteTable(contract), endpoints, fixed, faults, stopping,
                new ContractSchemas(contract), classroom, new IdentityProviderEndpoints(tokens), authoriser);
        http.createContext("/", handler);
        http.setExecutor(executor);
        http.start();
    }

    /** Starts a server; it is listening when this returns. */
    public static StubServer start(StubConfig config) {
        try {
            StubServer server = new StubServer(config);
            LOG.info("Caseview stub server listening on port {} (seed {})", server.port(), config.seed());
            if (!config.auth()) {
                LOG.warn("Stub server started WITHOUT sign-in checks (--no-auth): any caller may do anything. "
                        + "For contract tests and quick demos only.");
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the stub server on port " + config.port(), e);
        }
    }

    /** e.g. {@code http://127.0.0.1:43817}, with no trailing slash. */
    public URI baseUri() {
        String host = http.getAddress().getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port());
    }

    /** The stub identity provider's issuer, e.g. {@code http://127.0.0.1:43817/idp}. */
    public URI issuer() {
        return URI.create(tokens.issuer());
    }

    /** The stub identity provider's signer, for tests that need a token (or a bad one) without a sign-in. */
    public TokenIssuer tokens() {
        return tokens;
    }

    /** A valid access token for a stub account: what a test sends as {@code Authorization: Bearer ...}. */
    public String accessToken(StaffAccount account) {
        return tokens.accessToken(account, java.time.Duration.ofHours(2));
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public StubConfig config() {
        return config;
    }

    /**
     * Starts building the trace index and the worklist's caseload on their own threads, if nobody
     * has. Until they are built, a trace or a worklist page waits or answers 503 "preparing"; the
     * desktop app calls this a moment after its main window is up, so the build slows neither its
     * start nor the sign-in.
     */
    public void buildIndexesInBackground() {
        tracer.buildInBackground();
        caseload.buildInBackground();
    }

    /** Whether the trace index or the worklist caseload has begun building. */
    public boolean indexesStarted() {
        return tracer.buildStarted() || caseload.buildStarted();
    }

    /**
     * Starts building the debt worklist's caseload if nobody has, and waits up to {@code wait} for it.
     * Until it is built the worklist answers 503 "preparing" with a Retry-After; a test that wants its
     * first worklist request to be a page, not that answer, waits here first.
     *
     * @return true once the worklist can answer pages
     */
    public boolean awaitWorklist(java.time.Duration wait) throws InterruptedException {
        return caseload.awaitReady(wait) != null;
    }

    /** Faults in force per API; change them at any time. */
    public FaultController faults() {
        return faults;
    }

    /** Stops listening, releases any hung requests and waits briefly for in-flight ones. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping.countDown();
        http.stop(1);
        executor.shutdownNow();
        LOG.info("Caseview stub server stopped");
    }

    private static void requireAllInContract(Map<String, Endpoint> endpoints, OpenApiContract contract) {
        Set<String> declared = new HashSet<>();
        for (Operation op : contract.operations()) {
            declared.add(op.operationId());
        }
        List<String> extra = endpoints.keySet().stream().filter(id -> !declared.contains(id)).sorted().toList();
        if (!extra.isEmpty()) {
            throw new IllegalStateException("endpoints not in the contract: " + extra);
        }
    }
}
