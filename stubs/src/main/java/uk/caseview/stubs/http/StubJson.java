package uk.caseview.stubs.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.caseview.sdk.json.Json;

/**
 * The SDK's one mapper, writing without null members. The contract marks optional members as
 * optional rather than nullable in places (a title, an alert's threshold), so leaving a null out
 * is the form that conforms; readers treat absent and null alike.
 */
public final class StubJson {

    private static final ObjectMapper WRITER = Json.mapper().copy()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL));

    private StubJson() {}

    public static ObjectMapper writer() {
        return WRITER;
    }

    /** For reading request bodies: the SDK's mapper, unchanged. */
    public static ObjectMapper reader() {
        return Json.mapper();
    }
}
