package uk.caseview.sdk.error;

import uk.caseview.sdk.view.Source;

/**
 * The SDK did not send the request: the API's circuit breaker is open after repeated failures,
 * or too many calls to it are already in flight (its bulkhead is full). Nothing reached the server.
 */
public final class CircuitOpenException extends ApiException {

    /** Why the call was not attempted. */
    public enum Reason {
        CIRCUIT_OPEN,
        TOO_MANY_CALLS
    }

    private final Reason reason;

    public CircuitOpenException(Source source, String correlationId, Reason reason) {
        super(source, 0, null, correlationId, source + " not called: " + reason, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public boolean isTransient() {
        return true;
    }

    @Override
    public String userMessage() {
        return reason == Reason.CIRCUIT_OPEN
                ? "The " + service() + " has been failing, so Caseview is pausing calls to it briefly. Retry in a"
                        + " few seconds."
                : "The " + service() + " is handling too many requests from Caseview. Retry in a few seconds.";
    }
}
