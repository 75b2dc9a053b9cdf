package uk.caseview.sdk.outbox;

/**
 * A write changed status.
 *
 * @param response what the API answered, when {@code status} is SENT in this process; else null
 * @param pending  writes not yet sent (queued, needing attention or in conflict) after this change
 */
public record OutboxEvent(OutboxEntry entry, Object response, int pending) {}
