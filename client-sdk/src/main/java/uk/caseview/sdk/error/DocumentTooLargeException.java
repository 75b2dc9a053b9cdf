package uk.caseview.sdk.error;

import uk.caseview.sdk.view.Source;

/**
 * A document is bigger than the SDK will hold in memory. Not a malformed answer (the server
 * may be right to hold a large scan), so it gets its own type and its own wording.
 */
public final class DocumentTooLargeException extends ApiException {

    private final long limitBytes;

    public DocumentTooLargeException(Source source, int status, String correlationId, long limitBytes) {
        super(source, status, null, correlationId,
                source + " sent a document over the " + limitBytes + "-byte limit", null);
        this.limitBytes = limitBytes;
    }

    /** The limit the document went over. */
    public long limitBytes() {
        return limitBytes;
    }

    @Override
    public String userMessage() {
        return "This document from the " + service() + " is larger than Caseview can show (over "
                + limitBytes / (1024 * 1024) + " MB).";
    }
}
