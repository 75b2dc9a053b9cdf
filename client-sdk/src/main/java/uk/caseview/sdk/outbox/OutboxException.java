package uk.caseview.sdk.outbox;

/** The outbox could not read or write its store; the message is fit for a caseworker. */
public final class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
