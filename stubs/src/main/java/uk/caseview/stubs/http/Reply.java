package uk.caseview.stubs.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;

/** A response ready to write: status, content type, body bytes and any extra headers. */
public record Reply(int status, String contentType, byte[] body, List<Header> headers) {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public record Header(String name, String value) {}

    public Reply {
        headers = List.copyOf(headers);
    }

    public static Reply json(int status, Object value, Header... headers) {
        return new Reply(status, JSON, toJson(value), List.of(headers));
    }

    public static Reply bytes(int status, String contentType, byte[] body, Header... headers) {
        return new Reply(status, contentType, body, List.of(headers));
    }

    public static Reply empty(int status) {
        return new Reply(status, null, new byte[0], List.of());
    }

    public Reply withBody(byte[] newBody) {
        return new Reply(status, contentType, newBody, headers);
    }

    public boolean isJson() {
        return JSON.equals(contentType) || PROBLEM_JSON.equals(contentType);
    }

    static byte[] toJson(Object value) {
        try {
            return StubJson.writer().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise a response", e);
        }
    }
}
