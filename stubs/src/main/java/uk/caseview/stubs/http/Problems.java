package uk.caseview.stubs.http;

import java.util.List;
import uk.caseview.sdk.model.Problem;

/** Problem types the stub answers with, and the reply for a problem. */
public final class Problems {

    static final String BASE = "https://caseview.example/problems/";
    public static final String TYPE_INVALID = BASE + "invalid-request";
    public static final String TYPE_NOT_FOUND = BASE + "not-found";
    public static final String TYPE_CONFLICT = BASE + "conflict";
    public static final String TYPE_TOO_LARGE = BASE + "too-large";
    public static final String TYPE_UNSUPPORTED = BASE + "unsupported-media-type";
    public static final String TYPE_FAULT = BASE + "injected-fault";
    public static final String TYPE_INTERNAL = BASE + "internal";

    private Problems() {}

    static String typeFor(int status) {
        return switch (status) {
            case 400 -> TYPE_INVALID;
            case 404 -> TYPE_NOT_FOUND;
            case 409, 412 -> TYPE_CONFLICT;
            case 413 -> TYPE_TOO_LARGE;
            case 415 -> TYPE_UNSUPPORTED;
            default -> "about:blank";
        };
    }

    public static Reply reply(Problem problem, Reply.Header... headers) {
        return new Reply(problem.status(), Reply.PROBLEM_JSON, Reply.toJson(problem), List.of(headers));
    }

    public static Reply reply(int status, String title, String detail, Reply.Header... headers) {
        return reply(new Problem(typeFor(status), title, status, detail, null, List.of(), null), headers);
    }
}
