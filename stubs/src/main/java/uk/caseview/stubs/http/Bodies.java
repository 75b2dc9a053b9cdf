package uk.caseview.stubs.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies with a size cap, answering 413 beyond it and 400 for JSON that won't parse. */
public final class Bodies {

    public static final int MAX_JSON_BYTES = 256 * 1024;

    private Bodies() {}

    public static byte[] read(RequestContext r, int maxBytes) {
        String declared = r.header("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("Content-Length", "Must be a whole number.");
            }
        }
        try (InputStream in = r.exchange().getRequestBody()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode readJson(RequestContext r) {
        byte[] body = read(r, MAX_JSON_BYTES);
        if (body.length == 0) {
            throw ApiProblem.badRequest("body", "A JSON body is required.");
        }
        try {
            return StubJson.reader().readTree(body);
        } catch (JsonProcessingException e) {
            // The parser's message quotes the body, which may hold personal data: give the position only.
            throw ApiProblem.badRequest("body", "Not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiProblem tooLarge(int maxBytes) {
        return ApiProblem.of(413, "Content too large", "The body is larger than the " + maxBytes + " bytes allowed.");
    }
}
