package uk.caseview.stubs.http;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;
import uk.caseview.stubs.contract.Route;

/**
 * One request after routing and parameter checks: every value here has passed the contract.
 *
 * @param session the training session id, or null for the shared classroom data
 */
public record RequestContext(
        HttpExchange exchange, Route route, Map<String, String> pathVariables, Map<String, String> query,
        String session) {

    public String path(String name) {
        return pathVariables.get(name);
    }

    /** A query value, or null when absent. */
    public String query(String name) {
        return query.get(name);
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    @Override
    public String toString() {
        // Path variables hold NINOs: keep them out of any log line.
        return "RequestContext[" + route.operationId() + "]";
    }
}
