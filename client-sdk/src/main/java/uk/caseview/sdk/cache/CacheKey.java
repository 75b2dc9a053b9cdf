package uk.caseview.sdk.cache;

import java.util.Objects;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.view.EarningsWindow;
import uk.caseview.sdk.view.Source;

/**
 * One source's answer for one person. Earnings also depend on the pay-date window asked for;
 * {@code window} is null for the other sources.
 */
public record CacheKey(Source source, Nino nino, EarningsWindow window) {

    public CacheKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nino, "nino");
        if (source != Source.EARNINGS) {
            window = null;
        } else {
            Objects.requireNonNull(window, "window");
        }
    }

    public static CacheKey of(Source source, Nino nino, EarningsWindow window) {
        return new CacheKey(source, nino, window);
    }

    @Override
    public String toString() {
        return "CacheKey[" + source + ", redacted]";
    }
}
