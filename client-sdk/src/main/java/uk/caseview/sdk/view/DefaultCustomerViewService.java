package uk.caseview.sdk.view;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.cache.CacheKey;
import uk.caseview.sdk.cache.Fetched;
import uk.caseview.sdk.cache.SourceCache;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.error.ApiTimeoutException;

/**
 * Fans out to the five APIs at once, each on its own virtual thread with its own deadline, and
 * merges their answers as they land. A source that fails becomes {@link SourceState.Unavailable}
 * with a reason; it never holds up or breaks the others, and the returned future never fails.
 *
 * <p>A cached answer within its refresh window is shown straight away with no call. An older
 * cached answer is shown straight away too, then replaced when the fresh one lands (or marked
 * stale, with the reason, if the refresh fails).
 */
public final class DefaultCustomerViewService implements CustomerViewService {

    private static final Logger log = LoggerFactory.getLogger(DefaultCustomerViewService.class);

    private final SourceFetcher fetcher;
    private final SourceCache cache;
    private final Map<Source, Duration> deadlines;
    private final Clock clock;
    private final ExecutorService executor;
    /** The last view and window delivered per person, so a one-source reload keeps the other four. */
    private final Cache<Nino, LastLoad> lastLoads =
            Caffeine.newBuilder().maximumSize(50).expireAfterAccess(Duration.ofHours(1)).build();

    public DefaultCustomerViewService(
            CaseviewApis apis, SourceCache cache, Map<Source, Duration> deadlines, Clock clock) {
        this.fetcher = new SourceFetcher(apis);
        this.cache = cache;
        this.deadlines = Map.copyOf(deadlines);
        this.clock = clock;
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("caseview-fetch-", 0).factory());
    }

    @Override
    public CompletableFuture<CustomerView> load(Nino nino, CustomerViewListener listener) {
        return load(nino, EarningsWindow.lastTwelveMonths(clock), listener);
    }

    @Override
    public CompletableFuture<CustomerView> load(Nino nino, EarningsWindow window, CustomerViewListener listener) {
        ViewAssembly assembly =
                new ViewAssembly(CustomerView.loading(nino), EnumSet.allOf(Source.class), listener);
        for (Source source : Source.values()) {
            start(assembly, source, nino, window, false);
        }
        return remember(nino, window, assembly.result());
    }

    @Override
    public CompletableFuture<CustomerView> reload(Nino nino, Source source, CustomerViewListener listener) {
        LastLoad last = lastLoads.getIfPresent(nino);
        CustomerView base = last == null ? CustomerView.loading(nino) : last.view();
        EarningsWindow window = last == null ? EarningsWindow.lastTwelveMonths(clock) : last.window();
        ViewAssembly assembly = new ViewAssembly(base.with(source, SourceState.loading()), EnumSet.of(source), listener);
        start(assembly, source, nino, window, true);
        return remember(nino, window, assembly.result());
    }

    private void start(ViewAssembly assembly, Source source, Nino nino, EarningsWindow window, boolean forceFetch) {
        CacheKey key = new CacheKey(source, nino.value(), source == Source.EARNINGS ? window.cacheVariant() : "");
        Optional<Fetched<Object>> cached = cache.get(key);
        if (cached.isPresent() && !forceFetch && cache.isFresh(key, cached.get())) {
            assembly.settle(source, SourceState.Loaded.cached(cached.get().value(), cached.get().fetchedAt()));
            return;
        }
        cached.ifPresent(c -> assembly.interim(source, SourceState.Loaded.cached(c.value(), c.fetchedAt())));
        long started = System.nanoTime();
        fetchWithDeadline(source, nino, window).whenComplete((value, error) -> {
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (error == null) {
                Fetched<Object> fetched = new Fetched<>(value, clock.instant());
                cache.put(key, fetched);
                log.debug("{} loaded in {} ms", source, ms);
                assembly.settle(source, SourceState.Loaded.fresh(value, fetched.fetchedAt()));
                return;
            }
            Throwable cause = unwrap(error, source);
            String reason = UnavailableReason.of(source, cause);
            log.info("{} unavailable after {} ms: {}", source, ms, cause.getClass().getSimpleName());
            if (cached.isPresent()) {
                Fetched<Object> c = cached.get();
                assembly.settle(source, SourceState.Loaded.stale(c.value(), c.fetchedAt(), "Couldn't refresh: " + reason));
            } else {
                assembly.settle(source, new SourceState.Unavailable<>(reason));
            }
        });
    }

    /** Runs the fetch on a virtual thread; past the deadline, interrupts it and reports a timeout. */
    private CompletableFuture<Object> fetchWithDeadline(Source source, Nino nino, EarningsWindow window) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Future<?> task;
        try {
            task = executor.submit(() -> {
                try {
                    result.complete(fetcher.fetch(source, nino, window));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(rejected);
            return result;
        }
        Duration deadline = deadlines.get(source);
        return result.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).whenComplete((v, e) -> {
            if (e instanceof TimeoutException) {
                task.cancel(true);
            }
        });
    }

    private Throwable unwrap(Throwable error, Source source) {
        Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (t instanceof TimeoutException) {
            return new ApiTimeoutException(source, null, deadlines.get(source));
        }
        return t;
    }

    private CompletableFuture<CustomerView> remember(
            Nino nino, EarningsWindow window, CompletableFuture<CustomerView> result) {
        return result.thenApply(view -> {
            lastLoads.put(nino, new LastLoad(view, window));
            return view;
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private record LastLoad(CustomerView view, EarningsWindow window) {}
}
