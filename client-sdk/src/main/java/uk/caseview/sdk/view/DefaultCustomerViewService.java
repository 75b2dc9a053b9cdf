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
import uk.caseview.sdk.cache.CachePolicy;
import uk.caseview.sdk.cache.Fetched;
import uk.caseview.sdk.cache.SourceCache;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.error.ApiTimeoutException;
import uk.caseview.sdk.store.OfflineStore;

/**
 * Fans out to the five APIs at once, each on its own virtual thread with its own deadline, and
 * merges their answers as they land. A source that fails becomes {@link SourceState.Unavailable}
 * with a reason; it never holds up or breaks the others, and the returned future never fails.
 *
 * <p>Stale-while-revalidate: a cached answer within its source's refresh window is shown at once
 * with no call. An older one is shown at once too, as {@code Loaded(fromCache)}, while a refresh
 * runs; the listener then hears {@code Loaded(fresh)}, or the cached value marked stale with the
 * reason the refresh failed.
 *
 * <p>Offline: each fresh answer is also written (encrypted) to the {@link OfflineStore}. When a
 * source fails and memory holds nothing, the stored copy is shown, marked stale, with the reason.
 */
public final class DefaultCustomerViewService implements CustomerViewService {

    private static final Logger log = LoggerFactory.getLogger(DefaultCustomerViewService.class);

    private final SourceFetcher fetcher;
    private final SourceCache cache;
    private final Map<Source, Duration> deadlines;
    private final Clock clock;
    private final ExecutorService executor;
    private final OfflineStore offline;
    /** One thread for offline-store writes, so closing can let them finish before the database shuts. */
    private final ExecutorService disk =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("caseview-offline-store").daemon().factory());
    /** The last view and window delivered per person, so a one-source reload keeps the other four. */
    private final Cache<Nino, LastLoad> lastLoads =
            Caffeine.newBuilder().maximumSize(50).expireAfterAccess(Duration.ofHours(1)).build();

    /**
     * @param offline the on-disk store of last-seen views, or null to keep nothing on disk
     */
    public DefaultCustomerViewService(CaseviewApis apis, Map<Source, CachePolicy> cachePolicies, long maxCacheWeight,
            Map<Source, Duration> deadlines, Clock clock, OfflineStore offline) {
        this.fetcher = new SourceFetcher(apis);
        this.offline = offline;
        this.deadlines = Map.copyOf(deadlines);
        this.clock = clock;
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("caseview-fetch-", 0).factory());
        this.cache = new SourceCache(cachePolicies, maxCacheWeight, clock, this::fetchWithDeadline, executor);
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
            start(assembly, CacheKey.of(source, nino, window), false);
        }
        return remember(nino, window, assembly.result());
    }

    @Override
    public CompletableFuture<CustomerView> reload(Nino nino, Source source, CustomerViewListener listener) {
        LastLoad last = lastLoads.getIfPresent(nino);
        CustomerView base = last == null ? CustomerView.loading(nino) : last.view();
        EarningsWindow window = last == null ? EarningsWindow.lastTwelveMonths(clock) : last.window();
        ViewAssembly assembly = new ViewAssembly(base.with(source, SourceState.loading()), EnumSet.of(source), listener);
        start(assembly, CacheKey.of(source, nino, window), true);
        return remember(nino, window, assembly.result());
    }

    /** Forgets every answer held in memory. */
    public void clearCache() {
        cache.invalidateAll();
        lastLoads.invalidateAll();
    }

    private void start(ViewAssembly assembly, CacheKey key, boolean forceFetch) {
        Source source = key.source();
        Optional<Fetched<Object>> cached = cache.getIfPresent(key);
        if (cached.isPresent() && !forceFetch && cache.isFresh(key, cached.get())) {
            assembly.settle(source, SourceState.Loaded.cached(cached.get().value(), cached.get().fetchedAt()));
            return;
        }
        CompletableFuture<Fetched<Object>> pending;
        if (cached.isPresent()) {
            assembly.interim(source, SourceState.Loaded.cached(cached.get().value(), cached.get().fetchedAt()));
            pending = cache.refresh(key);
        } else {
            pending = cache.get(key);
        }
        long started = System.nanoTime();
        pending.whenComplete((fetched, error) -> {
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (error == null) {
                log.debug("{} loaded in {} ms", source, ms);
                // Queued before the view can complete, so closing the SDK after a load still saves it.
                saveOffline(key, fetched);
                assembly.settle(source, SourceState.Loaded.fresh(fetched.value(), fetched.fetchedAt()));
                return;
            }
            Throwable cause = unwrap(error);
            String reason = UnavailableReason.of(source, cause);
            log.info("{} unavailable after {} ms: {}", source, ms, cause.getClass().getSimpleName());
            if (cached.isPresent()) {
                Fetched<Object> c = cached.get();
                assembly.settle(source, SourceState.Loaded.stale(c.value(), c.fetchedAt(), "Couldn't refresh: " + reason));
                return;
            }
            Optional<Fetched<Object>> saved = offline == null ? Optional.empty() : offline.get(key);
            if (saved.isPresent()) {
                log.info("{} served from the offline store", source);
                assembly.settle(source, SourceState.Loaded.stale(saved.get().value(), saved.get().fetchedAt(), reason));
            } else {
                assembly.settle(source, new SourceState.Unavailable<>(reason,
                        cause instanceof uk.caseview.sdk.error.ApiException api ? api.reference() : null));
            }
        });
    }

    /** Off the listener's path: the caseworker never waits for the disk. */
    private void saveOffline(CacheKey key, Fetched<Object> fetched) {
        if (offline == null) {
            return;
        }
        try {
            disk.execute(() -> offline.put(key, fetched));
        } catch (RuntimeException closed) {
            log.debug("Offline store save skipped: the SDK is closing");
        }
    }

    /**
     * The cache's loader: runs the fetch on a virtual thread and, past the source's deadline,
     * interrupts it and fails with a timeout, so no load (or refresh) can hang a panel.
     */
    private CompletableFuture<Object> fetchWithDeadline(CacheKey key) {
        Source source = key.source();
        CompletableFuture<Object> result = new CompletableFuture<>();
        Future<?> task;
        try {
            task = executor.submit(() -> {
                try {
                    result.complete(fetcher.fetch(key));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RuntimeException rejected) {
            result.completeExceptionally(rejected);
            return result;
        }
        Duration deadline = deadlines.get(source);
        CompletableFuture<Object> limited = new CompletableFuture<>();
        result.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).whenComplete((v, e) -> {
            if (e == null) {
                limited.complete(v);
            } else if (unwrap(e) instanceof TimeoutException) {
                task.cancel(true);
                limited.completeExceptionally(new ApiTimeoutException(source, null, deadline));
            } else {
                limited.completeExceptionally(unwrap(e));
            }
        });
        return limited;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
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
        disk.shutdown();
        try {
            if (!disk.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Offline store saves still pending at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record LastLoad(CustomerView view, EarningsWindow window) {}
}
