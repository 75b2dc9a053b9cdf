package uk.caseview.sdk.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import uk.caseview.sdk.view.Source;

/**
 * The in-memory cache of each source's last answer per person, bounded by weight (rows, see
 * {@link RecordWeigher}) and expiring each entry by its source's {@link CachePolicy}.
 */
public final class SourceCache {

    private final Cache<CacheKey, Fetched<?>> cache;
    private final Map<Source, CachePolicy> policies;
    private final Clock clock;

    public SourceCache(Map<Source, CachePolicy> policies, long maxWeight, Clock clock) {
        this.policies = Map.copyOf(policies);
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher(new RecordWeigher())
                .expireAfter(new PolicyExpiry())
                // The clock drives expiry too, so "12 hours later" is testable without waiting.
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<Fetched<T>> get(CacheKey key) {
        return Optional.ofNullable((Fetched<T>) cache.getIfPresent(key));
    }

    public void put(CacheKey key, Fetched<?> value) {
        cache.put(key, value);
    }

    public void invalidate(CacheKey key) {
        cache.invalidate(key);
    }

    public void invalidateAll() {
        cache.invalidateAll();
    }

    public CachePolicy policy(Source source) {
        return policies.get(source);
    }

    /** Whether an entry is still within its refresh window and can be shown without asking again. */
    public boolean isFresh(CacheKey key, Fetched<?> value) {
        return value.ageAt(clock.instant()).compareTo(policy(key.source()).refreshAfter()) < 0;
    }

    public long estimatedSize() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private final class PolicyExpiry implements Expiry<CacheKey, Fetched<?>> {
        @Override
        public long expireAfterCreate(CacheKey key, Fetched<?> value, long currentTime) {
            return remaining(key, value);
        }

        @Override
        public long expireAfterUpdate(CacheKey key, Fetched<?> value, long currentTime, long currentDuration) {
            return remaining(key, value);
        }

        @Override
        public long expireAfterRead(CacheKey key, Fetched<?> value, long currentTime, long currentDuration) {
            return currentDuration;
        }

        /** Counted from when the value was fetched, so an old value loaded from disk expires on time. */
        private long remaining(CacheKey key, Fetched<?> value) {
            Duration left = policy(key.source()).expireAfter().minus(value.ageAt(clock.instant()));
            return Math.max(0, left.toNanos());
        }
    }
}
