package uk.caseview.sdk.store;

/** The local store could not be opened; the message is fit for a caseworker. */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
