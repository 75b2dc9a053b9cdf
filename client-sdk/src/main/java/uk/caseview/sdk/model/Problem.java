package uk.caseview.sdk.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** An RFC 9457 problem-details body, as every API answers an error. */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        JsonNode current) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of(), null);
    }

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {}
}
