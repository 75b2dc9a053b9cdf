package uk.caseview.stubs.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.Problem;
import uk.caseview.stubs.contract.ContractSchemas;
import uk.caseview.stubs.contract.Operation;
import uk.caseview.stubs.contract.Route;
import uk.caseview.stubs.contract.RouteTable;

/**
 * Checks a routed request against its operation in the contract: every path, query and header
 * parameter against its schema, then the body (size, media type, JSON schema or multipart fields).
 * A GET costs a few precompiled value checks; bodies are validated by the contract's own schemas.
 */
final class RequestChecker {

    static final String SESSION_HEADER = "X-Training-Session";
    /** Uploads are at most 10 MiB; the multipart framing around the file gets a little more. */
    static final int MAX_MULTIPART_BYTES = 10 * 1024 * 1024 + 64 * 1024;
    static final int MAX_JSON_BYTES = 256 * 1024;

    /** One JSON document and nothing after it. */
    private static final com.fasterxml.jackson.databind.ObjectReader STRICT = StubJson.reader()
            .readerFor(JsonNode.class)
            .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ContractSchemas schemas;

    RequestChecker(ContractSchemas schemas) {
        this.schemas = schemas;
    }

    RequestContext check(HttpExchange exchange, RouteTable.Match match) {
        Route route = match.route();
        Map<String, String> query = QueryString.parse(exchange.getRequestURI().getRawQuery());
        List<Problem.FieldError> errors = null;
        for (Route.CheckedParameter cp : route.parameters()) {
            String name = cp.parameter().name();
            String raw = switch (cp.parameter().in()) {
                case "path" -> match.pathVariables().get(name);
                case "query" -> query.get(name);
                case "header" -> exchange.getRequestHeaders().getFirst(name);
                default -> null;
            };
            String problem = raw == null
                    ? (cp.parameter().required() ? "Required." : null)
                    : cp.check().problemWith(raw);
            if (problem != null) {
                if (errors == null) {
                    errors = new ArrayList<>();
                }
                errors.add(new Problem.FieldError(name, problem));
            }
        }
        if (errors != null) {
            throw ApiProblem.badRequest(errors);
        }
        String session = exchange.getRequestHeaders().getFirst(SESSION_HEADER);
        Operation.Body declared = route.operation().requestBody();
        if (declared == null) {
            return new RequestContext(exchange, route, match.pathVariables(), query, session, null, null);
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean multipart = declared.mediaType().equals("multipart/form-data");
        byte[] body = read(exchange, multipart ? MAX_MULTIPART_BYTES : MAX_JSON_BYTES);
        if (body.length == 0 && declared.required()) {
            throw ApiProblem.badRequest("body", "A " + declared.mediaType() + " body is required.");
        }
        if (!mediaTypeOf(contentType).equals(declared.mediaType())) {
            if (multipart) {
                throw ApiProblem.of(415, "Unsupported media type", "Send the document as multipart/form-data.");
            }
            throw ApiProblem.badRequest("Content-Type", "Must be " + declared.mediaType() + ".");
        }
        if (multipart) {
            String boundary = Multipart.boundary(contentType);
            if (boundary == null) {
                throw ApiProblem.badRequest("Content-Type", "A multipart body needs a boundary.");
            }
            List<Multipart.Part> parts = Multipart.parse(body, boundary);
            validate(declared.schema(), formFields(parts));
            return new RequestContext(exchange, route, match.pathVariables(), query, session, null, parts);
        }
        JsonNode json = parse(body);
        validate(declared.schema(), json);
        return new RequestContext(exchange, route, match.pathVariables(), query, session, json, null);
    }

    private void validate(JsonNode schema, JsonNode instance) {
        List<ContractSchemas.Violation> violations = schemas.violations(schema, instance);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ContractSchemas.Violation v : violations) {
                errors.add(new Problem.FieldError(v.field(), clean(v.message())));
            }
            throw ApiProblem.badRequest(errors);
        }
    }

    /** The validator's message starts with the instance location; the field already says where. */
    private static String clean(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && (message.startsWith("$") || message.startsWith("/")) ? message.substring(colon + 2)
                : message;
    }

    /** The form's text fields as JSON, and a placeholder for each file, to check against the schema. */
    private static ObjectNode formFields(List<Multipart.Part> parts) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (Multipart.Part p : parts) {
            if (fields.has(p.name())) {
                throw ApiProblem.badRequest(p.name(), "Given more than once.");
            }
            fields.put(p.name(), p.fileName() != null ? "(file)" : p.text());
        }
        return fields;
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = STRICT.readValue(body);
            if (node == null || node.isMissingNode()) {
                throw ApiProblem.badRequest("body", "A JSON body is required.");
            }
            return node;
        } catch (JsonProcessingException e) {
            // The parser's message quotes the body, which may hold personal data: give the position only.
            var at = e.getLocation();
            throw ApiProblem.badRequest("body", at == null ? "Not valid JSON."
                    : "Not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ").");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(HttpExchange exchange, int maxBytes) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("Content-Length", "Must be a whole number.");
            }
            if (length > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw ApiProblem.badRequest("body", "The body could not be read.");
        }
    }

    private static String mediaTypeOf(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(java.util.Locale.ROOT);
    }

    static ApiProblem tooLarge(int maxBytes) {
        return ApiProblem.of(413, "Content too large", "The body is larger than the " + maxBytes + " bytes allowed.");
    }
}
