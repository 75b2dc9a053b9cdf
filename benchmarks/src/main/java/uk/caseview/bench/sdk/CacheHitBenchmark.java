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
import uk.caseview.sdk.view.SourceState;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;

/**
 * A merged view for a customer seen moments ago, with the SDK's default cache policies: all
 * five sources come from the Caffeine caches and the future completes without a call. Target:
 * p99 ≤ 1 ms. The whole run stays inside evidence's 30-second refresh window.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class CacheHitBenchmark {

    private StubServer stub;
    private CaseviewSdk sdk;
    private final Nino persona = Nino.parse("ZX000001A");

    @Setup(Level.Trial)
    public void start() throws Exception {
        stub = StubServer.start(StubConfig.defaults().withoutAuth() /* measures the SDK and stub data, not token checks */);
        sdk = CaseviewSdk.builder().baseUri(stub.baseUri()).readTimeout(Duration.ofSeconds(5)).build();
        CustomerView first = sdk.customerViews().load(persona, (v, s) -> { }).get(30, TimeUnit.SECONDS);
        if (!first.states().values().stream().allMatch(s -> s instanceof SourceState.Loaded<?>)) {
            throw new IllegalStateException("The persona did not load: " + first.states());
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        sdk.close();
        stub.close();
    }

    @Benchmark
    public CustomerView recentlySeenCustomer() throws Exception {
        return sdk.customerViews().load(persona, (view, source) -> { }).get(10, TimeUnit.SECONDS);
    }
}
