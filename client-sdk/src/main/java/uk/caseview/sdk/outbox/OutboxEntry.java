package uk.caseview.sdk.outbox;

import java.time.Instant;

/**
 * One write in the outbox, as the UI lists it.
 *
 * @param message  for NEEDS_ATTENTION or CONFLICT, what went wrong in a caseworker's words; else null
 * @param conflict for CONFLICT, both versions; else null
 */
public record OutboxEntry(String id, String description, OutboxStatus status, int attempts, Instant queuedAt,
        Instant updatedAt, String message, WriteConflict conflict) {}
