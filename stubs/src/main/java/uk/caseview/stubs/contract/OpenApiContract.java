package uk.caseview.stubs.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI document the SDK ships, read once: its raw bytes (served at /openapi.yaml) and the
 * operations it declares, with their parameters and request bodies resolved. The stub routes and
 * validates from this, so the contract and the server cannot drift apart.
 */
public final class OpenApiContract {

    public static final String RESOURCE = "uk/caseview/sdk/contract/caseview-api.yaml";

    private final byte[] yaml;
    private final JsonNode root;
    private final List<Operation> operations;

    private OpenApiContract(byte[] yaml, JsonNode root) {
        this.yaml = yaml;
        this.root = root;
        this.operations = List.copyOf(readOperations());
    }

    public static OpenApiContract load() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the contract " + RESOURCE + " is not on the class path");
            }
            byte[] bytes = in.readAllBytes();
            return new OpenApiContract(bytes, new ObjectMapper(new YAMLFactory()).readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] yamlBytes() {
        return yaml.clone();
    }

    public JsonNode root() {
        return root;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Follows a local {@code $ref} (if the node is one) to the node it names. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local $refs are supported: " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("dangling $ref " + ref);
            }
        }
        return current;
    }

    private List<Operation> readOperations() {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                String method = m.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                JsonNode op = m.getValue();
                List<Operation.Parameter> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    JsonNode resolved = resolve(p);
                    params.add(new Operation.Parameter(resolved.get("name").asText(), resolved.get("in").asText(),
                            resolved.path("required").asBoolean(false), resolved.path("schema")));
                }
                JsonNode body = op.path("requestBody");
                Operation.Body requestBody = null;
                if (!body.isMissingNode()) {
                    Iterator<Map.Entry<String, JsonNode>> content = body.path("content").fields();
                    Map.Entry<String, JsonNode> first = content.next();
                    requestBody = new Operation.Body(body.path("required").asBoolean(false), first.getKey(),
                            first.getValue().path("schema"));
                }
                ops.add(new Operation(op.path("operationId").asText(), method, path.getKey(), params, requestBody));
            }
        }
        return ops;
    }
}
