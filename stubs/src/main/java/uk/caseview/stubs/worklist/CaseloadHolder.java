package uk.caseview.stubs.worklist;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.stubs.data.gen.Population;

/**
 * Builds the caseload once, in the background (at start, or when first asked for), and hands it to
 * every request. A request never builds it on its own thread: it waits a bounded time and is told
 * the caseload is not ready yet, so a client's read timeout is never spent on the build.
 */
public final class CaseloadHolder {

    private static final Logger LOG = LoggerFactory.getLogger(CaseloadHolder.class);

    private static final Duration UNKNOWN_WAIT = Duration.ofSeconds(1);
    private static final double PACE_KNOWN_AFTER = 0.1;

    private final Function<DoubleConsumer, Caseload> builder;
    private final CompletableFuture<Caseload> caseload = new CompletableFuture<>();
    private boolean claimed;
    private volatile long startedNanos;
    private volatile double done;

    public CaseloadHolder(Population population, int targetDebts) {
        this.builder = progress -> Caseload.build(population, targetDebts, progress);
    }

    /** With a builder of the caller's own (a test's, to hold the build back); it reports no progress. */
    public CaseloadHolder(Supplier<Caseload> builder) {
        this.builder = progress -> builder.get();
    }

    public void buildInBackground() {
        if (claim()) {
            Thread.ofPlatform().name("worklist-caseload").daemon(true).start(this::build);
        }
    }

    /**
     * The caseload, if it is ready within {@code wait}; otherwise null (the build carries on in the
     * background, started now if nobody had asked before).
     */
    public Caseload awaitReady(Duration wait) throws InterruptedException {
        buildInBackground();
        try {
            return caseload.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException notYet) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The worklist caseload could not be built", e.getCause());
        }
    }

    /**
     * About how long until the caseload is ready, from the pace so far; a second until a tenth is built
     * (the first batches run before the JIT has warmed up, so their pace would overstate the wait).
     * An estimate for Retry-After, not a promise.
     */
    public Duration estimatedWait() {
        double share = done;
        long started = startedNanos;
        if (caseload.isDone()) {
            return Duration.ZERO;
        }
        if (share < PACE_KNOWN_AFTER) { // also before the build has started: nothing is done yet
            return UNKNOWN_WAIT;
        }
        long elapsed = System.nanoTime() - started;
        return Duration.ofNanos((long) (elapsed * (1 - share) / share));
    }

    /** Whether the build has begun, asked for or started by a first request. */
    public synchronized boolean buildStarted() {
        return claimed;
    }

    private synchronized boolean claim() {
        if (claimed) {
            return false;
        }
        claimed = true;
        return true;
    }

    private void build() {
        try {
            long start = System.nanoTime();
            startedNanos = start;
            // Its own pool, one core short of the machine: the stub's requests (and an embedding app's
            // common pool) keep a core while it builds, so a request is answered on time, not starved.
            ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
            Caseload built;
            try {
                built = pool.submit(() -> builder.apply(share -> done = share)).join();
            } finally {
                pool.shutdown();
            }
            LOG.info("Worklist caseload of {} debts built in {} ms; it holds {} KiB", built.size(),
                    (System.nanoTime() - start) / 1_000_000, built.bytes() / 1024);
            caseload.complete(built);
        } catch (RuntimeException | Error e) {
            caseload.completeExceptionally(e);
            throw e;
        }
    }
}
