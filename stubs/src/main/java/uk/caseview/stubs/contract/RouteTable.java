package uk.caseview.stubs.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the contract operation a request is for. */
public final class RouteTable {

    /** A matched route and its path variables by name (raw, not yet checked). */
    public record Match(Route route, Map<String, String> pathVariables) {}

    /** What a lookup found: a match, a path with no such method (405), or nothing (404). */
    public sealed interface Result permits Found, WrongMethod, NotFound {}

    public record Found(Match match) implements Result {}

    public record WrongMethod(List<String> allowed) implements Result {}

    public record NotFound() implements Result {}

    private final List<Route> routes = new ArrayList<>();

    public RouteTable(OpenApiContract contract) {
        for (Operation op : contract.operations()) {
            routes.add(new Route(op, contract));
        }
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public Result find(String method, String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return new NotFound();
        }
        String[] parts = path.substring(1).split("/", -1);
        List<String> allowed = null;
        for (Route r : routes) {
            String[] values = r.match(parts);
            if (values == null) {
                continue;
            }
            if (r.operation().method().equals(method)) {
                Map<String, String> vars = new HashMap<>(4);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        vars.put(r.variableAt(i), values[i]);
                    }
                }
                return new Found(new Match(r, vars));
            }
            if (allowed == null) {
                allowed = new ArrayList<>();
            }
            allowed.add(r.operation().method());
        }
        return allowed == null ? new NotFound() : new WrongMethod(allowed);
    }
}
