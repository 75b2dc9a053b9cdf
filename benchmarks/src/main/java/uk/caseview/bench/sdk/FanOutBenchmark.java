package uk.caseview.bench.sdk;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.EarningsWindow;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;

/**
 * The five-source fan-out over real HTTP on loopback, every API answering after 80 ms (stub
 * fault injection). Target: the full view's p95 within 1.3 times one single call's p95; the
 * same five calls made one after another are measured beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class FanOutBenchmark {

    static final Nino PERSONA = Nino.parse("ZX000001A");
    static final long LATENCY_MS = 80;

    private StubServer stub;
    private CaseviewSdk sdk;
    private EarningsWindow window;

    @Setup(Level.Trial)
    public void start() {
        // Measures the SDK's fan-out, not the stub's token checks.
        StubConfig config = StubConfig.defaults().withoutAuth();
        for (StubApi api : StubApi.values()) {
            config = config.withFault(api, Fault.latency(LATENCY_MS, 0));
        }
        stub = StubServer.start(config);
        sdk = CaseviewSdk.builder().baseUri(stub.baseUri()).readTimeout(Duration.ofSeconds(5)).build();
        window = EarningsWindow.lastTwelveMonths(sdk.clock());
    }

    /** Every full-view sample goes to the network: nothing is served from the cache. */
    @Setup(Level.Invocation)
    public void forget() {
        sdk.clearCache();
    }

    @TearDown(Level.Trial)
    public void stop() {
        sdk.close();
        stub.close();
    }

    @Benchmark
    public CustomerView fullViewInParallel() throws Exception {
        return sdk.customerViews().load(PERSONA, (view, source) -> { }).get(10, TimeUnit.SECONDS);
    }

    @Benchmark
    public Object singleCall() {
        return sdk.apis().award().getAwards(PERSONA.value());
    }

    @Benchmark
    public Object[] fiveCallsInSequence() {
        String n = PERSONA.value();
        return new Object[] {
            sdk.apis().citizen().getCitizen(n),
            sdk.apis().earnings().getEarnings(n, window.from().toString(), window.to().toString()),
            sdk.apis().award().getAwards(n),
            sdk.apis().debt().getDebts(n),
            sdk.apis().evidence().listEvidence(n)
        };
    }
}
