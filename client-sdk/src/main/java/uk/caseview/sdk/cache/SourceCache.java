package uk.caseview.sdk.cache;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import uk.caseview.sdk.view.Source;

/**
 * The in-memory cache in front of the five APIs: one Caffeine cache per source, because
 * Caffeine's refresh interval is per cache and each source changes at its own pace.
 *
 * <p>Each cache is bounded by weight (rows, see {@link RecordWeigher}; the total is shared out by
 * {@link #weightShare}), refreshes entries after its policy's {@code refreshAfter} and drops them
 * after {@code expireAfter}. A refresh keeps serving the old value until the new one lands and
 * keeps it if the refresh fails. The loader is the caller's and carries its own time limit.
 */
public final class SourceCache {

    private final Map<Source, AsyncLoadingCache<CacheKey, Fetched<Object>>> caches = new EnumMap<>(Source.class);
    private final Map<Source, CachePolicy> policies;
    private final Clock clock;

    /**
     * @param loader fetches one key's value; must complete (or fail) within its own deadline
     */
    public SourceCache(Map<Source, CachePolicy> policies, long maxWeight, Clock clock,
            Function<CacheKey, CompletableFuture<Object>> loader, Executor executor) {
        this.policies = Map.copyOf(policies);
        this.clock = clock;
        for (Source source : Source.values()) {
            CachePolicy policy = this.policies.get(source);
            caches.put(source, Caffeine.newBuilder()
                    .maximumWeight(Math.max(1, (long) (maxWeight * weightShare(source))))
                    .weigher(new RecordWeigher())
                    .refreshAfterWrite(policy.refreshAfter())
                    .expireAfterWrite(policy.expireAfter())
                    // The SDK's clock drives expiry and refresh, so "12 hours later" is testable without waiting.
                    .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                    .executor(executor)
                    .buildAsync((CacheKey key, Executor ignored) ->
                            loader.apply(key).thenApply(value -> new Fetched<>(value, clock.instant()))));
        }
    }

    /**
     * How the weight bound is shared: earnings carry a row per pay period (520 for ten years of
     * weekly pay), evidence and debts lists are long for some claimants, a citizen is a few rows.
     */
    static double weightShare(Source source) {
        return switch (source) {
            case EARNINGS -> 0.40;
            case EVIDENCE -> 0.20;
            case DEBT -> 0.15;
            case AWARD -> 0.15;
            case CITIZEN -> 0.10;
        };
    }

    /** A value already in hand (not one still loading). */
    public Optional<Fetched<Object>> getIfPresent(CacheKey key) {
        CompletableFuture<Fetched<Object>> f = cache(key).getIfPresent(key);
        if (f == null || !f.isDone() || f.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(f.join());
    }

    /** The cached value, or a load of it (shared with any load already in flight for the key). */
    public CompletableFuture<Fetched<Object>> get(CacheKey key) {
        return cache(key).get(key);
    }

    /**
     * Loads the key afresh (joining a refresh already in flight). The cached value stays in
     * place, and is kept if this fails.
     */
    public CompletableFuture<Fetched<Object>> refresh(CacheKey key) {
        return cache(key).synchronous().refresh(key);
    }

    public void put(CacheKey key, Fetched<Object> value) {
        cache(key).put(key, CompletableFuture.completedFuture(value));
    }

    /** Whether a value is within its refresh window and can be shown without asking again. */
    public boolean isFresh(CacheKey key, Fetched<?> value) {
        return value.ageAt(clock.instant()).compareTo(policy(key.source()).refreshAfter()) < 0;
    }

    public CachePolicy policy(Source source) {
        return policies.get(source);
    }

    public void invalidateAll() {
        caches.values().forEach(c -> c.synchronous().invalidateAll());
    }

    public long estimatedSize(Source source) {
        var c = caches.get(source).synchronous();
        c.cleanUp();
        return c.estimatedSize();
    }

    private AsyncLoadingCache<CacheKey, Fetched<Object>> cache(CacheKey key) {
        return caches.get(key.source());
    }
}
