package uk.caseview.sdk.error;

import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/** Any other error status: the server failed, or answered with something the contract doesn't name. */
public final class ServerErrorException extends ApiException {

    public ServerErrorException(Source source, int status, Problem problem, String correlationId) {
        super(source, status, problem, correlationId, source + " failed with " + status, null);
    }

    @Override
    public boolean isTransient() {
        return status() >= 500;
    }

    @Override
    public String userMessage() {
        return "The " + service() + " had a problem (error " + status() + "). Retry, and report it if it keeps"
                + " happening.";
    }
}
