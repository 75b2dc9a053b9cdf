package uk.caseview.stubs.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Map;
import uk.caseview.stubs.contract.Route;

/**
 * One request after routing and checks: every value here has passed the contract.
 *
 * @param session the training session id, or null for the shared classroom data
 * @param json    the body, if the operation takes JSON (already valid against its schema)
 * @param parts   the body's parts, if the operation takes multipart/form-data
 */
public record RequestContext(
        HttpExchange exchange, Route route, Map<String, String> pathVariables, Map<String, String> query,
        String session, JsonNode json, List<Multipart.Part> parts) {

    public String path(String name) {
        return pathVariables.get(name);
    }

    /** A query value, or null when absent. */
    public String query(String name) {
        return query.get(name);
    }

    /** The raw path and query: what identifies a read's reply. */
    public String target() {
        String query = exchange.getRequestURI().getRawQuery();
        String path = exchange.getRequestURI().getRawPath();
        return query == null ? path : path + "?" + query;
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The JSON body as a record; safe, as the body already matched the contract's schema. */
    public <T> T body(Class<T> type) {
        try {
            return StubJson.reader().treeToValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiProblem.badRequest("body", "Does not fit the expected shape.");
        }
    }

    public Multipart.Part part(String name) {
        return parts == null ? null : parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        // Path variables and bodies hold personal data: keep them out of any log line.
        return "RequestContext[" + route.operationId() + "]";
    }
}
