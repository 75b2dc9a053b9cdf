package uk.caseview.sdk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.testing.MutableClock;
import uk.caseview.sdk.testing.SampleRecords;
import uk.caseview.sdk.view.Source;

class SourceCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-15T10:00:00Z"));

    private static Map<Source, CachePolicy> defaults() {
        Map<Source, CachePolicy> m = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            m.put(s, CachePolicy.defaultFor(s));
        }
        return m;
    }

    @Test
    void anEntryIsFreshThenRefreshableThenGoneByItsSourcesPolicy() {
        SourceCache cache = new SourceCache(defaults(), 10_000, clock);
        CacheKey evidence = new CacheKey(Source.EVIDENCE, SampleRecords.NINO.value(), "");
        CacheKey earnings = new CacheKey(Source.EARNINGS, SampleRecords.NINO.value(), "w");
        cache.put(evidence, new Fetched<>(SampleRecords.evidence(2), clock.instant()));
        cache.put(earnings, new Fetched<>(SampleRecords.earnings(2), clock.instant()));

        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.isFresh(evidence, cache.get(evidence).orElseThrow())).isFalse();
        assertThat(cache.isFresh(earnings, cache.get(earnings).orElseThrow())).isTrue();

        clock.advance(Duration.ofMinutes(10));
        assertThat(cache.get(evidence)).isEmpty();
        assertThat(cache.get(earnings)).isPresent();

        clock.advance(Duration.ofHours(12));
        assertThat(cache.get(earnings)).isEmpty();
    }

    @Test
    void aValueFetchedLongAgoExpiresFromWhenItWasFetchedNotWhenItWasCached() {
        SourceCache cache = new SourceCache(defaults(), 10_000, clock);
        CacheKey key = new CacheKey(Source.DEBT, SampleRecords.NINO.value(), "");

        cache.put(key, new Fetched<>(SampleRecords.debts(1), clock.instant().minus(Duration.ofHours(1))));

        assertThat(cache.get(key)).isEmpty();
    }

    @Test
    void theCacheIsBoundedByRowsNotByEntries() {
        SourceCache cache = new SourceCache(defaults(), 1_000, clock);
        for (int i = 0; i < 10; i++) {
            cache.put(new CacheKey(Source.DEBT, "ZX00000" + i + "A", ""),
                    new Fetched<>(SampleRecords.debts(300), clock.instant()));
        }

        // 301 rows each: no more than three fit under 1,000.
        assertThat(cache.estimatedSize()).isLessThanOrEqualTo(3);
    }

    @Test
    void keysDoNotPrintTheNino() {
        assertThat(new CacheKey(Source.CITIZEN, SampleRecords.NINO.value(), "").toString())
                .doesNotContain(SampleRecords.NINO.value());
    }
}
