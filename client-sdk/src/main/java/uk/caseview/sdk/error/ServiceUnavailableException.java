package uk.caseview.sdk.error;

import java.time.Duration;
import java.util.Optional;
import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/** 503 (or 502/504 from a gateway): the API is down for now, perhaps saying when to come back. */
public final class ServiceUnavailableException extends ApiException {

    private final Duration retryAfter;

    public ServiceUnavailableException(
            Source source, int status, Problem problem, String correlationId, Duration retryAfter) {
        super(source, status, problem, correlationId, source + " unavailable (" + status + ")", null);
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
        return "The " + service() + " is unavailable right now" + RetryAfterText.of(retryAfter) + ".";
    }
}
