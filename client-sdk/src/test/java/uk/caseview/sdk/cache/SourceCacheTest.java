package uk.caseview.sdk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.testing.MutableClock;
import uk.caseview.sdk.testing.SampleRecords;
import uk.caseview.sdk.view.EarningsWindow;
import uk.caseview.sdk.view.Source;

class SourceCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-15T10:00:00Z"));
    private final AtomicInteger loads = new AtomicInteger();
    private final EarningsWindow window = EarningsWindow.lastTwelveMonths(clock);

    private static Map<Source, CachePolicy> defaults() {
        Map<Source, CachePolicy> m = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            m.put(s, CachePolicy.defaultFor(s));
        }
        return m;
    }

    /** A loader that answers at once with a record of the right kind, counting its calls. */
    private final Function<CacheKey, CompletableFuture<Object>> loader = key -> {
        loads.incrementAndGet();
        Object value = switch (key.source()) {
            case CITIZEN -> SampleRecords.citizen();
            case EARNINGS -> SampleRecords.earnings(2);
            case AWARD -> SampleRecords.awards();
            case DEBT -> SampleRecords.debts(300);
            case EVIDENCE -> SampleRecords.evidence(2);
        };
        return CompletableFuture.completedFuture(value);
    };

    private SourceCache cache(long maxWeight) {
        return new SourceCache(defaults(), maxWeight, clock, loader, Runnable::run);
    }

    private CacheKey key(Source source) {
        return CacheKey.of(source, SampleRecords.NINO, window);
    }

    @Test
    void aValuePastItsRefreshWindowIsRefreshedOnTheNextReadAndOthersAreLeftAlone() throws Exception {
        SourceCache cache = cache(10_000);
        Fetched<Object> evidence = cache.get(key(Source.EVIDENCE)).get(5, TimeUnit.SECONDS);
        Fetched<Object> earnings = cache.get(key(Source.EARNINGS)).get(5, TimeUnit.SECONDS);

        clock.advance(Duration.ofMinutes(1)); // past evidence's 30 s, well within earnings' hour
        assertThat(cache.isFresh(key(Source.EVIDENCE), evidence)).isFalse();
        assertThat(cache.isFresh(key(Source.EARNINGS), earnings)).isTrue();
        cache.getIfPresent(key(Source.EVIDENCE));
        cache.getIfPresent(key(Source.EARNINGS));

        assertThat(cache.getIfPresent(key(Source.EVIDENCE)).orElseThrow().fetchedAt()).isEqualTo(clock.instant());
        assertThat(cache.getIfPresent(key(Source.EARNINGS))).contains(earnings);
        assertThat(loads).hasValue(3);
    }

    @Test
    void anEntryNobodyReadsExpiresByItsSourcesPolicy() throws Exception {
        SourceCache cache = cache(10_000);
        cache.get(key(Source.EVIDENCE)).get(5, TimeUnit.SECONDS);
        cache.get(key(Source.EARNINGS)).get(5, TimeUnit.SECONDS);

        clock.advance(Duration.ofMinutes(11));
        assertThat(cache.getIfPresent(key(Source.EVIDENCE))).isEmpty();
        clock.advance(Duration.ofHours(12));
        assertThat(cache.getIfPresent(key(Source.EARNINGS))).isEmpty();
    }

    @Test
    void aFailedRefreshKeepsTheOldValueAndALaterOneReplacesIt() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean(true);
        SourceCache cache = new SourceCache(defaults(), 10_000, clock, key -> up.get()
                ? CompletableFuture.completedFuture(SampleRecords.awards())
                : CompletableFuture.failedFuture(new IllegalStateException("down")), Runnable::run);
        CacheKey key = key(Source.AWARD);
        Fetched<Object> first = cache.get(key).get(5, TimeUnit.SECONDS);
        clock.advance(Duration.ofMinutes(20));
        up.set(false);

        assertThat(cache.refresh(key)).isCompletedExceptionally();
        assertThat(cache.getIfPresent(key)).contains(first);

        up.set(true);
        Fetched<Object> refreshed = cache.refresh(key).get(5, TimeUnit.SECONDS);
        assertThat(refreshed.fetchedAt()).isEqualTo(clock.instant());
        assertThat(cache.getIfPresent(key)).contains(refreshed);
    }

    @Test
    void aPresentValueIsNotLoadedAgain() throws Exception {
        SourceCache cache = cache(10_000);
        cache.get(key(Source.CITIZEN)).get(5, TimeUnit.SECONDS);
        cache.get(key(Source.CITIZEN)).get(5, TimeUnit.SECONDS);

        assertThat(loads).hasValue(1);
    }

    @Test
    void eachSourceIsBoundedByRowsNotByEntries() throws Exception {
        // Debts get 15% of 10,000 rows = 1,500; each answer here is 301 rows, so at most four fit.
        SourceCache cache = cache(10_000);
        for (int i = 0; i < 10; i++) {
            Nino someone = Nino.parse(String.format("ZX%06dA", i));
            cache.get(CacheKey.of(Source.DEBT, someone, null)).get(5, TimeUnit.SECONDS);
        }

        assertThat(cache.estimatedSize(Source.DEBT)).isLessThanOrEqualTo(4);
    }

    @Test
    void earningsForDifferentWindowsAreDifferentEntriesAndOtherSourcesIgnoreTheWindow() {
        var other = new EarningsWindow(window.from().minusYears(1), window.to().minusYears(1));

        assertThat(CacheKey.of(Source.EARNINGS, SampleRecords.NINO, window))
                .isNotEqualTo(CacheKey.of(Source.EARNINGS, SampleRecords.NINO, other));
        assertThat(CacheKey.of(Source.DEBT, SampleRecords.NINO, window))
                .isEqualTo(CacheKey.of(Source.DEBT, SampleRecords.NINO, other));
    }

    @Test
    void keysDoNotPrintTheNino() {
        assertThat(key(Source.CITIZEN).toString()).doesNotContain(SampleRecords.NINO.value());
    }
}
