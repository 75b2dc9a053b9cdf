package uk.caseview.sdk.outbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.json.Json;

/** Turns queued writes and their outcomes into bytes for the (encrypted) outbox table and back. */
final class OutboxCodec {

    private static final ObjectMapper MAPPER = Json.mapper().copy().registerModule(new SimpleModule("nino")
            .addSerializer(Nino.class, new JsonSerializer<>() {
                @Override
                public void serialize(Nino nino, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    gen.writeString(nino.value());
                }
            })
            .addDeserializer(Nino.class, new JsonDeserializer<>() {
                @Override
                public Nino deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                    return Nino.parse(p.getValueAsString());
                }
            }));

    /** What a failed or conflicting write left behind, for the UI to show. */
    record Outcome(String message, com.fasterxml.jackson.databind.JsonNode serverCurrent, String serverEtag) {}

    private OutboxCodec() {}

    static byte[] write(WriteRequest request) throws IOException {
        return MAPPER.writerFor(WriteRequest.class).writeValueAsBytes(request);
    }

    static WriteRequest read(byte[] bytes) throws IOException {
        return MAPPER.readValue(bytes, WriteRequest.class);
    }

    static byte[] writeOutcome(Outcome outcome) throws IOException {
        return MAPPER.writeValueAsBytes(outcome);
    }

    static Outcome readOutcome(byte[] bytes) throws IOException {
        return MAPPER.readValue(bytes, Outcome.class);
    }
}
