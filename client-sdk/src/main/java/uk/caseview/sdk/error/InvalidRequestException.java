package uk.caseview.sdk.error;

import java.util.List;
import java.util.stream.Collectors;
import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/** 400, 413, 415 or 422: the server refused what was sent, naming the fields it didn't accept. */
public final class InvalidRequestException extends ApiException {

    public InvalidRequestException(Source source, int status, Problem problem, String correlationId) {
        super(source, status, problem, correlationId, source + " refused the request with " + status, null);
    }

    public List<Problem.FieldError> fieldErrors() {
        return problem().map(Problem::errors).orElse(List.of());
    }

    @Override
    public String userMessage() {
        if (status() == 413) {
            return "The file is too large for the " + service() + ".";
        }
        if (status() == 415) {
            return "The " + service() + " does not accept that type of file.";
        }
        List<Problem.FieldError> errors = fieldErrors();
        if (errors.isEmpty()) {
            return problem().map(Problem::detail).filter(d -> d != null && !d.isBlank())
                    .orElse("The " + service() + " did not accept the details entered.");
        }
        return "Please check: "
                + errors.stream().map(e -> e.field() + " (" + e.message() + ")").collect(Collectors.joining("; "))
                + ".";
    }
}
