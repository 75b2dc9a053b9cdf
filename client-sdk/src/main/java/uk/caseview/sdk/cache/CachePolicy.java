package uk.caseview.sdk.cache;

import java.time.Duration;
import java.util.Objects;
import uk.caseview.sdk.view.Source;

/**
 * How long one source's answer may be shown without asking again ({@code refreshAfter}) and
 * how long it may be kept at all ({@code expireAfter}). Between the two, the cached value is
 * shown at once and refreshed in the background (stale-while-revalidate).
 */
public record CachePolicy(Duration refreshAfter, Duration expireAfter) {

    public CachePolicy {
        Objects.requireNonNull(refreshAfter, "refreshAfter");
        Objects.requireNonNull(expireAfter, "expireAfter");
        if (refreshAfter.isNegative() || refreshAfter.isZero() || expireAfter.compareTo(refreshAfter) < 0) {
            throw new IllegalArgumentException("Need 0 < refreshAfter <= expireAfter");
        }
    }

    /**
     * RTI earnings arrive monthly, awards change at assessment; debts move with each payment;
     * evidence is uploaded and verified throughout the day, so it is refreshed most often.
     */
    public static CachePolicy defaultFor(Source source) {
        return switch (source) {
            case CITIZEN -> new CachePolicy(Duration.ofMinutes(5), Duration.ofHours(1));
            case AWARD -> new CachePolicy(Duration.ofMinutes(10), Duration.ofHours(2));
            case EARNINGS -> new CachePolicy(Duration.ofHours(1), Duration.ofHours(12));
            case DEBT -> new CachePolicy(Duration.ofMinutes(2), Duration.ofMinutes(30));
            case EVIDENCE -> new CachePolicy(Duration.ofSeconds(30), Duration.ofMinutes(10));
        };
    }
}
