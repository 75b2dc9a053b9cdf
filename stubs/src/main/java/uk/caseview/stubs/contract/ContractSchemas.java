package uk.caseview.stubs.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema 2020-12 validators for schemas inside the contract (OpenAPI 3.1's schemas are
 * 2020-12). Each schema is wrapped with the document's components so its local $refs resolve;
 * validators are compiled once per schema node and reused.
 */
public final class ContractSchemas {

    private final JsonNode components;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private final Map<JsonNode, JsonSchema> compiled = new ConcurrentHashMap<>();

    public ContractSchemas(OpenApiContract contract) {
        this.components = contract.root().path("components");
    }

    /** One line per violation, each naming where in the instance it is; empty when valid. */
    public List<String> problems(JsonNode schema, JsonNode instance) {
        JsonSchema validator = compiled.computeIfAbsent(schema, this::compile);
        Set<ValidationMessage> messages = validator.validate(instance);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The violations as (field, message) pairs, field being a dotted path like {@code contact.email}. */
    public List<Violation> violations(JsonNode schema, JsonNode instance) {
        JsonSchema validator = compiled.computeIfAbsent(schema, this::compile);
        return validator.validate(instance).stream()
                .map(m -> new Violation(field(m), m.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
    }

    /** One violation: the field (dotted path, or the missing property's name) and the message. */
    public record Violation(String field, String message) {}

    private static String field(ValidationMessage m) {
        // The location is a JSON pointer (/contact/email) or a JSON path ($.contact.email); make it contact.email.
        String path = m.getInstanceLocation().toString();
        String field = path.startsWith("$") ? path.substring(1) : path;
        field = field.replace('/', '.');
        if (field.startsWith(".")) {
            field = field.substring(1);
        }
        if ("required".equals(m.getType()) && m.getProperty() != null) {
            field = field.isEmpty() ? m.getProperty() : field + "." + m.getProperty();
        }
        return field.isEmpty() ? "body" : field;
    }

    private JsonSchema compile(JsonNode schema) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", components);
        wrapper.set("allOf", JsonNodeFactory.instance.arrayNode().add(schema));
        return factory.getSchema(wrapper, config);
    }
}
