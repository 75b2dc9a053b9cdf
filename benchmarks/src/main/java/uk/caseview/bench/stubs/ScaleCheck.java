package uk.caseview.bench.stubs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import uk.caseview.stubs.StubConfig;
import uk.caseview.stubs.StubServer;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.data.gen.Identity;
import uk.caseview.stubs.data.gen.Population;

/**
 * The stub at full scale, in one process run with the heap capped (stubs/bench/scale-check.sh runs
 * it with -Xmx512m): random citizens from all 15 million across every API, then trace latency over
 * the 1-million-citizen index, then the heap it took. Prints figures; asserts only that every
 * request was answered 200.
 */
public final class ScaleCheck {

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int traces = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        LocalDate today = LocalDate.of(2025, 6, 30);
        // Measures data and routing, not the token checks.
        StubConfig config = StubConfig.defaults().withoutAuth().withToday(today);
        try (StubServer stub = StubServer.start(config)) {
            URI base = stub.baseUri();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            System.out.printf("Heap limit (-Xmx): %d MiB; population %,d; trace index %,d citizens%n",
                    Runtime.getRuntime().maxMemory() >> 20, config.population(), config.traceIndexSize());

            long t0 = System.nanoTime();
            get(client, base, "/citizen/v1/citizens?surname=Smith&dateOfBirth=1980-01-01");
            System.out.printf("Trace index built by the first trace in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

            t0 = System.nanoTime();
            // Until the caseload is built the worklist answers 503 "preparing" (Retry-After); ask until it is a page.
            int preparing = 0;
            while (get(client, base, "/debt/v1/worklist?size=1").statusCode() == 503) {
                preparing++;
                Thread.sleep(200);
            }
            System.out.printf("Worklist caseload (%,d debts) built after the first worklist request in %d ms"
                    + " (%d \"preparing\" answers first)%n",
                    config.worklistDebts(), (System.nanoTime() - t0) / 1_000_000, preparing);

            sweep(client, base, requests);
            worklistLatency(client, base);
            traceLatency(client, base, new Population(config.seed(), config.population(), today),
                    config.traceIndexSize(), traces);

            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("Heap in use after GC: %d MiB; sum of heap pools' peaks: %d MiB; limit %d MiB%n",
                    used >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** Random NINOs from the whole population against all five APIs, 32 at a time. */
    private static void sweep(HttpClient client, URI base, int requests) throws Exception {
        SplittableRandom rng = new SplittableRandom(11);
        int population = StubConfig.DEFAULT_POPULATION;
        String[] templates = {"/citizen/v1/citizens/%s", "/earnings/v1/citizens/%s/earnings",
                "/award/v1/citizens/%s/awards", "/debt/v1/citizens/%s/debts", "/evidence/v1/citizens/%s/evidence"};
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(32);
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                int index = i == 0 ? 0 : i == 1 ? population - 1 : rng.nextInt(population);
                String path = String.format(templates[i % templates.length], NinoScheme.ninoOf(index));
                inFlight.acquire();
                pool.submit(() -> {
                    try {
                        int status = get(client, base, path).statusCode();
                        statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                    } finally {
                        inFlight.release();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%,d requests for random citizens of %,d over all five APIs in %.1f s: statuses %s%n",
                requests, population, seconds, statuses);
        if (statuses.keySet().stream().anyMatch(s -> s != 200)) {
            throw new IllegalStateException("some requests were not answered 200");
        }
    }

    private static void traceLatency(HttpClient client, URI base, Population population, int indexed, int traces)
            throws Exception {
        SplittableRandom rng = new SplittableRandom(12);
        long[] byName = new long[traces];
        long[] byPostcode = new long[traces];
        for (int i = 0; i < traces; i++) {
            Identity id = population.identity(rng.nextInt(indexed));
            long t = System.nanoTime();
            check(get(client, base, "/citizen/v1/citizens?surname=" + enc(id.surname()) + "&dateOfBirth="
                    + id.dateOfBirth()), NinoScheme.ninoOf(id.index()));
            byName[i] = System.nanoTime() - t;
            t = System.nanoTime();
            check(get(client, base, "/citizen/v1/citizens?postcode=" + enc(id.postcode()) + "&limit=100"),
                    NinoScheme.ninoOf(id.index()));
            byPostcode[i] = System.nanoTime() - t;
        }
        report("Trace by surname + date of birth", byName);
        report("Trace by postcode", byPostcode);
    }

    private static void worklistLatency(HttpClient client, URI base) throws Exception {
        String[] queries = {"?sort=-balance", "?status=in_arrears&sort=nextActionDue", "?type=overpayment&sort=-age",
                "?planStatus=broken&minBalancePence=10000&sort=balance&page=3", "?nextActionDueBy=2025-07-31&size=500"};
        long[] nanos = new long[500];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = get(client, base, "/debt/v1/worklist" + queries[i % queries.length]);
            nanos[i] = System.nanoTime() - t;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("worklist answered " + r.statusCode());
            }
        }
        report("Worklist page (filters, sort, paging)", nanos);
    }

    private static void check(HttpResponse<String> r, String expectedNino) {
        if (r.statusCode() != 200 || !r.body().contains(expectedNino)) {
            throw new IllegalStateException("a trace did not find the citizen it was built from");
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s over HTTP, %,d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient client, URI base, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private ScaleCheck() {}

}
