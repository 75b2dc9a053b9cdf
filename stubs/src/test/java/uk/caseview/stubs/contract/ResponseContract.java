package uk.caseview.stubs.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import uk.caseview.sdk.json.Json;

/** Checks a real response against what the contract says the operation answers with that status. */
public final class ResponseContract {

    private final OpenApiContract contract;
    private final ContractSchemas schemas;

    public ResponseContract(OpenApiContract contract) {
        this.contract = contract;
        this.schemas = new ContractSchemas(contract);
    }

    /** Asserts the status is declared, the content type is one declared for it, and a JSON body validates. */
    public JsonNode check(String operationId, HttpResponse<byte[]> response) {
        Operation op = contract.operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
        JsonNode declared = contract.root().path("paths").path(op.pathTemplate())
                .path(op.method().toLowerCase(Locale.ROOT)).path("responses").path(Integer.toString(response.statusCode()));
        assertThat(declared.isMissingNode())
                .as("%s declares status %d", operationId, response.statusCode()).isFalse();
        JsonNode resolved = contract.resolve(declared);
        JsonNode content = resolved.path("content");
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (content.isMissingNode() || content.isEmpty()) {
            assertThat(response.body()).as("%s %d has no body", operationId, response.statusCode()).isEmpty();
            return null;
        }
        List<String> declaredTypes = iterate(content.fieldNames());
        assertThat(declaredTypes).as("%s %d content types", operationId, response.statusCode()).contains(contentType);
        JsonNode schema = content.path(contentType).path("schema");
        if (!contentType.endsWith("json")) {
            return null;
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!schema.isMissingNode()) {
            assertThat(schemas.problems(schema, body))
                    .as("%s %d body against the contract", operationId, response.statusCode()).isEmpty();
        }
        return body;
    }

    private static List<String> iterate(Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
