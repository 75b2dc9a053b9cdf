package uk.caseview.sdk.outbox;

/**
 * A caseworker's write not yet delivered, with what it says: for the "Pending and held writes"
 * list, which must show whose it is and let a person edit one the service refused. The request
 * is decrypted in memory for that list only; it is never logged (its toString is redacted).
 *
 * @param request what was saved, or null if it can no longer be read on this computer
 */
public record UnsentWrite(OutboxEntry entry, WriteRequest request) {

    /** Held for a person: refused, or in conflict with someone else's change. Later writes for the customer wait. */
    public boolean isHeld() {
        return entry.status() == OutboxStatus.NEEDS_ATTENTION || entry.status() == OutboxStatus.CONFLICT;
    }

    @Override
    public String toString() {
        return "UnsentWrite[" + entry.id() + ", " + entry.status() + ", redacted]";
    }
}
