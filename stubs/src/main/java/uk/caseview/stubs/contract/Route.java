package uk.caseview.stubs.contract;

import java.util.ArrayList;
import java.util.List;

/** An operation compiled for matching and checking: its path split into literal and variable segments. */
public final class Route {

    private final Operation operation;
    private final String[] segments;
    private final String[] variables;
    private final List<CheckedParameter> parameters;

    /** A parameter with its compiled check. */
    public record CheckedParameter(Operation.Parameter parameter, ValueCheck check) {}

    Route(Operation operation, OpenApiContract contract) {
        this.operation = operation;
        String[] parts = operation.pathTemplate().substring(1).split("/");
        this.segments = new String[parts.length];
        this.variables = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("{") && parts[i].endsWith("}")) {
                variables[i] = parts[i].substring(1, parts[i].length() - 1);
            } else {
                segments[i] = parts[i];
            }
        }
        List<CheckedParameter> checked = new ArrayList<>();
        for (Operation.Parameter p : operation.parameters()) {
            checked.add(new CheckedParameter(p, ValueCheck.compile(p.schema(), contract)));
        }
        this.parameters = List.copyOf(checked);
    }

    public Operation operation() {
        return operation;
    }

    public String operationId() {
        return operation.operationId();
    }

    public List<CheckedParameter> parameters() {
        return parameters;
    }

    int segmentCount() {
        return segments.length;
    }

    /** The path variables' raw values in template order, or null if the path doesn't fit. */
    String[] match(String[] pathSegments) {
        if (pathSegments.length != segments.length) {
            return null;
        }
        String[] values = null;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i] != null) {
                if (!segments[i].equals(pathSegments[i])) {
                    return null;
                }
            } else {
                if (values == null) {
                    values = new String[segments.length];
                }
                values[i] = pathSegments[i];
            }
        }
        return values == null ? new String[0] : values;
    }

    /** The name of the path variable at a segment position, or null for a literal segment. */
    String variableAt(int i) {
        return variables[i];
    }
}
