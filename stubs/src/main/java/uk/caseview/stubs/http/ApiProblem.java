package uk.caseview.stubs.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import uk.caseview.sdk.model.Problem;

/**
 * Thrown by an endpoint to answer with an RFC 9457 problem instead of its normal response. The
 * detail is written for the person at the client; it never repeats personal data from the request.
 */
public final class ApiProblem extends RuntimeException {

    private final transient Problem problem;

    public ApiProblem(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public static ApiProblem badRequest(String field, String message) {
        return new ApiProblem(new Problem(Problems.TYPE_INVALID, "Invalid request", 400,
                "The request broke the contract: " + field + ": " + message, null,
                List.of(new Problem.FieldError(field, message)), null));
    }

    public static ApiProblem badRequest(List<Problem.FieldError> errors) {
        Problem.FieldError first = errors.getFirst();
        return new ApiProblem(new Problem(Problems.TYPE_INVALID, "Invalid request", 400,
                "The request broke the contract: " + first.field() + ": " + first.message()
                        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
                null, errors, null));
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(new Problem(Problems.TYPE_NOT_FOUND, "Not found", 404, what, null, List.of(), null));
    }

    public static ApiProblem of(int status, String title, String detail) {
        return new ApiProblem(new Problem(Problems.typeFor(status), title, status, detail, null, List.of(), null));
    }

    public static ApiProblem conflict(int status, String detail, JsonNode current) {
        return new ApiProblem(new Problem(Problems.TYPE_CONFLICT, status == 412 ? "Precondition failed" : "Conflict",
                status, detail, null, List.of(), current));
    }

    public Problem problem() {
        return problem;
    }
}
