package uk.caseview.sdk.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import java.lang.reflect.Type;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.error.MalformedResponseException;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.view.Source;

/**
 * Turns a 2xx body into the record the interface promises, or a {@link MalformedResponseException}:
 * never a raw Jackson exception. The body is read whole (bounded) before parsing, so a cut-off
 * answer is a parse error rather than a half-built record.
 */
final class BoundedJsonDecoder implements Decoder {

    private final Source source;
    private final long maxBytes;
    private final ObjectMapper mapper = Json.mapper();

    BoundedJsonDecoder(Source source, long maxBytes) {
        this.source = source;
        this.maxBytes = maxBytes;
    }

    @Override
    public Object decode(Response response, Type type) {
        if (type == Response.class) {
            return response;
        }
        byte[] bytes = BoundedBody.read(response, source, maxBytes);
        String cid = RequestFacts.correlationId(response.request());
        if (bytes.length == 0) {
            throw MalformedResponseException.unreadable(source, response.status(), cid, "empty body", null);
        }
        try {
            JavaType javaType = mapper.constructType(type);
            Object value = mapper.readValue(bytes, javaType);
            if (value == null) {
                throw MalformedResponseException.unreadable(source, response.status(), cid, "null body", null);
            }
            return value;
        } catch (ApiException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // Jackson's messages quote the offending input, which may be personal data: keep only the type.
            throw MalformedResponseException.unreadable(
                    source, response.status(), cid, e.getClass().getSimpleName(), null);
        }
    }
}
