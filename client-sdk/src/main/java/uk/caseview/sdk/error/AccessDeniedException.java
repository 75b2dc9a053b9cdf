package uk.caseview.sdk.error;

import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/** 401 or 403: the token is missing, expired or lacks the right. */
public final class AccessDeniedException extends ApiException {

    public AccessDeniedException(Source source, int status, Problem problem, String correlationId) {
        super(source, status, problem, correlationId, source + " refused access (" + status + ")", null);
    }

    @Override
    public String userMessage() {
        return status() == 401
                ? "Your sign-in has expired. Sign in again to use the " + service() + "."
                : "You don't have access to this in the " + service() + ". Ask your team leader if you need it.";
    }
}
