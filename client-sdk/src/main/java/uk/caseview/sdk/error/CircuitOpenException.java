package uk.caseview.sdk.error;

import uk.caseview.sdk.view.Source;

/**
 * The SDK stopped calling an API for a short while after repeated failures, or because too many
 * calls to it were already in flight. Nothing was sent.
 */
public final class CircuitOpenException extends ApiException {

    public CircuitOpenException(Source source, String correlationId, String why, Throwable cause) {
        super(source, 0, null, correlationId, source + " not called: " + why, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }

    @Override
    public String userMessage() {
        return "The " + service() + " has been failing, so Caseview is pausing calls to it briefly. Retry in a"
                + " few seconds.";
    }
}
