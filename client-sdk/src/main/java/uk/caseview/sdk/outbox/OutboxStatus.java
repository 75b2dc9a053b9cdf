package uk.caseview.sdk.outbox;

/** Where a write stands. Only {@link #SENT} and {@link #DISCARDED} are final. */
public enum OutboxStatus {
    /** On disk, waiting to be sent (or to be retried after a transient failure). */
    QUEUED,
    /** The API has it. */
    SENT,
    /** The API refused it for a reason retrying won't fix; a person must look. Later writes for the customer wait. */
    NEEDS_ATTENTION,
    /** Someone changed the record first; both versions are kept for a person to decide. Later writes wait. */
    CONFLICT,
    /** A person chose to drop it. */
    DISCARDED;

    public boolean isPending() {
        return this == QUEUED || this == NEEDS_ATTENTION || this == CONFLICT;
    }
}
