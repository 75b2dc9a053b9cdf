package uk.caseview.sdk.cache;

import java.util.Objects;
import uk.caseview.sdk.view.Source;

/**
 * One source's answer for one person; {@code variant} tells apart different questions to the
 * same source (an earnings window), empty otherwise.
 */
public record CacheKey(Source source, String nino, String variant) {

    public CacheKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nino, "nino");
        variant = variant == null ? "" : variant;
    }

    @Override
    public String toString() {
        return "CacheKey[" + source + ", redacted]";
    }
}
