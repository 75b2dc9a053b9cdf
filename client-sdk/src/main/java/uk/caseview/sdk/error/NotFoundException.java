package uk.caseview.sdk.error;

import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/** 404: the API has no such record. */
public final class NotFoundException extends ApiException {

    public NotFoundException(Source source, Problem problem, String correlationId) {
        super(source, 404, problem, correlationId, source + " answered 404", null);
    }

    @Override
    public String userMessage() {
        return source() == Source.CITIZEN
                ? "No record was found for this National Insurance number."
                : "The " + service() + " has no record for this person.";
    }
}
