package uk.caseview.sdk.repayment;

/** The reference data is missing, malformed, or has no rule for the date asked about. */
public final class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
