package uk.caseview.sdk.http;

import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import uk.caseview.sdk.client.EvidenceDocument;
import uk.caseview.sdk.error.DocumentTooLargeException;
import uk.caseview.sdk.error.MalformedResponseException;
import uk.caseview.sdk.view.Source;

/**
 * Reads a binary document (PDF, PNG, JPEG) into an {@link EvidenceDocument}, bounded by its own
 * limit, which is larger than the JSON one because scans are. Every other type goes to the JSON
 * decoder. Whether the bytes really are what the media type says is the caller's question: the
 * SDK hands over what was sent.
 */
final class DocumentDecoder implements Decoder {

    private final Source source;
    private final long maxBytes;
    private final Decoder json;

    DocumentDecoder(Source source, long maxBytes, Decoder json) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type != EvidenceDocument.class) {
            return json.decode(response, type);
        }
        String cid = RequestFacts.correlationId(response.request());
        String mediaType = contentType(response.headers());
        byte[] bytes;
        try {
            bytes = BoundedBody.read(response, source, maxBytes);
        } catch (MalformedResponseException e) {
            if (e.isOversized()) {
                throw new DocumentTooLargeException(source, response.status(), cid, maxBytes);
            }
            throw e;
        }
        if (bytes.length == 0) {
            throw MalformedResponseException.unreadable(source, response.status(), cid, "empty document", null);
        }
        return new EvidenceDocument(bytes, mediaType);
    }

    private static String contentType(Map<String, Collection<String>> headers) {
        for (var e : headers.entrySet()) {
            if ("content-type".equalsIgnoreCase(e.getKey()) && !e.getValue().isEmpty()) {
                return e.getValue().iterator().next();
            }
        }
        return null;
    }
}
