package uk.caseview.stubs.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One operation of the contract: method, path template, parameters and request body. */
public record Operation(String operationId, String method, String pathTemplate, List<Parameter> parameters,
                        Body requestBody) {

    public Operation {
        parameters = List.copyOf(parameters);
    }

    /** A parameter; {@code in} is path, query or header. The schema may be a $ref. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /** The request body's media type and schema. */
    public record Body(boolean required, String mediaType, JsonNode schema) {}
}
