package uk.caseview.sdk.error;

import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/** Any other error status: the server failed, or answered with something the contract doesn't name. */
public final class ServerErrorException extends ApiException {

    public ServerErrorException(Source source, int status, Problem problem, String correlationId) {
        super(source, status, problem, correlationId, source + " failed with " + status, null);
    }

    /** A 5xx may pass; "not implemented" and "version not supported" will not, however long one waits. */
    @Override
    public boolean isTransient() {
        return status() >= 500 && status() != 501 && status() != 505;
    }

    @Override
    public String userMessage() {
        return "The " + service() + " had a problem (error " + status() + "). Retry, and report it if it keeps"
                + " happening.";
    }
}
