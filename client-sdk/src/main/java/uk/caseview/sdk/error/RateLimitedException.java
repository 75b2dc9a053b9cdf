package uk.caseview.sdk.error;

import java.time.Duration;
import java.util.Optional;
import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/** 429: too many requests; the server may say how long to wait. */
public final class RateLimitedException extends ApiException {

    private final Duration retryAfter;

    public RateLimitedException(Source source, Problem problem, String correlationId, Duration retryAfter) {
        super(source, 429, problem, correlationId, source + " rate-limited the request", null);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isTransient() {
        return true;
    }

    @Override
    public String userMessage() {
        return "The " + service() + " is busy" + RetryAfterText.of(retryAfter) + ".";
    }
}
