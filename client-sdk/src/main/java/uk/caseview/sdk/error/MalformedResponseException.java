package uk.caseview.sdk.error;

import uk.caseview.sdk.view.Source;

/** The answer arrived but could not be used: not JSON, cut short, the wrong shape, or too large. */
public final class MalformedResponseException extends ApiException {

    private final boolean oversized;

    private MalformedResponseException(
            Source source, int status, String correlationId, String message, boolean oversized, Throwable cause) {
        super(source, status, null, correlationId, message, cause);
        this.oversized = oversized;
    }

    public static MalformedResponseException unreadable(
            Source source, int status, String correlationId, String what, Throwable cause) {
        return new MalformedResponseException(
                source, status, correlationId, source + " sent an unreadable body: " + what, false, cause);
    }

    public static MalformedResponseException oversized(Source source, int status, String correlationId, long limit) {
        return new MalformedResponseException(
                source, status, correlationId, source + " sent a body over the " + limit + "-byte limit", true, null);
    }

    public boolean isOversized() {
        return oversized;
    }

    @Override
    public String userMessage() {
        return oversized
                ? "The " + service() + " sent more data than Caseview can accept. Please report this."
                : "The " + service() + " sent an answer Caseview couldn't read. Please report this.";
    }
}
