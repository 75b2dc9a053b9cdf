package uk.caseview.sdk.http;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Whether a client method is safe to send twice. A GET is. A PUT or POST is only when it
 * carries an Idempotency-Key, because then the server answers a repeat with the first result
 * instead of writing again; without one, a retry after a lost answer could record a note twice.
 */
record CallKind(String httpMethod, int idempotencyKeyArg) {

    static CallKind of(Method method) {
        RequestLine line = method.getAnnotation(RequestLine.class);
        String verb = line == null ? "" : line.value().trim().split("\\s+")[0];
        return new CallKind(verb, idempotencyKeyArg(method));
    }

    boolean repeatable(Object[] args) {
        if (httpMethod.equals("GET") || httpMethod.equals("HEAD")) {
            return true;
        }
        if (idempotencyKeyArg < 0 || args == null) {
            return false;
        }
        return args[idempotencyKeyArg] instanceof String key && !key.isBlank();
    }

    /** The index of the argument bound to {@code Idempotency-Key: {name}}, or -1. */
    private static int idempotencyKeyArg(Method method) {
        Headers headers = method.getAnnotation(Headers.class);
        if (headers == null) {
            return -1;
        }
        String template = Arrays.stream(headers.value())
                .filter(h -> h.regionMatches(true, 0, "Idempotency-Key:", 0, 16))
                .map(h -> h.substring(16).trim())
                .findFirst().orElse(null);
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return -1;
        }
        String name = template.substring(1, template.length() - 1);
        Annotation[][] params = method.getParameterAnnotations();
        for (int i = 0; i < params.length; i++) {
            for (Annotation a : params[i]) {
                if (a instanceof Param p && p.value().equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
