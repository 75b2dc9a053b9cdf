package uk.caseview.sdk.http;

import feign.Request;
import java.util.Collection;

/** Reads the few request facts the SDK logs and reports, without touching the body. */
final class RequestFacts {

    private RequestFacts() {}

    static String correlationId(Request request) {
        if (request == null) {
            return null;
        }
        Collection<String> values = request.headers().get(CorrelationId.HEADER);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }

    static String header(feign.Response response, String name) {
        for (var entry : response.headers().entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().iterator().next();
            }
        }
        return null;
    }
}
