package uk.caseview.bench.sdk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.EarningsWindow;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;

/**
 * Decoding and merging the largest persona (ZX000002A: 520 RTI pay periods, 200 debts, 1,000
 * evidence items) from the stub's real response bodies, with the SDK's one ObjectMapper (the
 * same the Feign decoder uses after its bounded read). No network in the measured part.
 * Target: ≤ 20 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LargeRecordBenchmark {

    static final Nino LARGE = Nino.parse("ZX000002A");

    private final Map<Source, byte[]> bodies = new EnumMap<>(Source.class);

    @Setup(Level.Trial)
    public void fetchBodies() throws Exception {
        EarningsWindow window = EarningsWindow.lastTwelveMonths(Clock.systemUTC());
        String n = LARGE.value();
        try (StubServer stub = StubServer.start(StubConfig.defaults().withoutAuth() /* measures the SDK and stub data, not token checks */); HttpClient http = HttpClient.newHttpClient()) {
            URI base = stub.baseUri();
            bodies.put(Source.CITIZEN, get(http, base, "/citizen/v1/citizens/" + n));
            bodies.put(Source.EARNINGS, get(http, base, "/earnings/v1/citizens/" + n + "/earnings?from="
                    + window.from() + "&to=" + window.to()));
            bodies.put(Source.AWARD, get(http, base, "/award/v1/citizens/" + n + "/awards"));
            bodies.put(Source.DEBT, get(http, base, "/debt/v1/citizens/" + n + "/debts"));
            bodies.put(Source.EVIDENCE, get(http, base, "/evidence/v1/citizens/" + n + "/evidence"));
        }
        CustomerView view = decodeAndMerge();
        long periods = ((Earnings) value(view, Source.EARNINGS)).employments().stream()
                .mapToLong(e -> e.periods().size()).sum();
        int debts = ((Debts) value(view, Source.DEBT)).debts().size();
        int evidence = ((EvidenceList) value(view, Source.EVIDENCE)).items().size();
        if (periods < 520 || debts < 200 || evidence < 1000) {
            throw new IllegalStateException("Not the large record: " + periods + " periods, " + debts + " debts, "
                    + evidence + " evidence items");
        }
        System.out.printf("Large record: %d pay periods, %d debts, %d evidence items, %d KiB of JSON%n",
                periods, debts, evidence, bodies.values().stream().mapToInt(b -> b.length).sum() / 1024);
    }

    @Benchmark
    public CustomerView decodeAndMerge() throws IOException {
        Instant now = Instant.now();
        return CustomerView.loading(LARGE)
                .with(Source.CITIZEN, fresh(Json.mapper().readValue(bodies.get(Source.CITIZEN), Citizen.class), now))
                .with(Source.EARNINGS, fresh(Json.mapper().readValue(bodies.get(Source.EARNINGS), Earnings.class), now))
                .with(Source.AWARD, fresh(Json.mapper().readValue(bodies.get(Source.AWARD), Awards.class), now))
                .with(Source.DEBT, fresh(Json.mapper().readValue(bodies.get(Source.DEBT), Debts.class), now))
                .with(Source.EVIDENCE, fresh(Json.mapper().readValue(bodies.get(Source.EVIDENCE), EvidenceList.class), now));
    }

    private static <T> SourceState<T> fresh(T value, Instant at) {
        return SourceState.Loaded.fresh(value, at);
    }

    private static Object value(CustomerView view, Source source) {
        return ((SourceState.Loaded<?>) view.state(source)).value();
    }

    private static byte[] get(HttpClient http, URI base, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path.replace(LARGE.value(), "{nino}") + " answered " + r.statusCode());
        }
        return r.body();
    }
}
