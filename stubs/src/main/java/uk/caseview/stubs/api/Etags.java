package uk.caseview.stubs.api;

import uk.caseview.stubs.http.Reply;

/** ETags are the resource's version in quotes; If-Match accepts it with or without them. */
final class Etags {

    private Etags() {}

    static Reply.Header header(long version) {
        return new Reply.Header("ETag", "\"" + version + "\"");
    }

    /** True when the If-Match value names this version (or is *). */
    static boolean matches(String ifMatch, long version) {
        String v = ifMatch.trim();
        if (v.equals("*")) {
            return true;
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.equals(Long.toString(version));
    }
}
