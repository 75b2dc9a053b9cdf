package uk.caseview.sdk.http;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import uk.caseview.sdk.error.ApiUnreachableException;
import uk.caseview.sdk.error.MalformedResponseException;
import uk.caseview.sdk.view.Source;

/**
 * Reads a response body into memory, refusing more than a set number of bytes, so a broken or
 * hostile server cannot fill the heap of a caseworker's machine.
 */
final class BoundedBody {

    private BoundedBody() {}

    /** The whole body, or an empty array when there is none. Always closes the response. */
    static byte[] read(Response response, Source source, long maxBytes) {
        String cid = RequestFacts.correlationId(response.request());
        try (response) {
            Response.Body body = response.body();
            if (body == null) {
                return new byte[0];
            }
            Integer declared = body.length();
            if (declared != null && declared > maxBytes) {
                throw MalformedResponseException.oversized(source, response.status(), cid, maxBytes);
            }
            try (InputStream in = body.asInputStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw MalformedResponseException.oversized(source, response.status(), cid, maxBytes);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new ApiUnreachableException(source, cid, e);
        }
    }
}
