package uk.caseview.sdk.outbox;

import java.time.Instant;

/**
 * Proof that a write is committed to disk: the UI may say "saved" once it holds one.
 *
 * @param id             the outbox entry, for status and conflict handling
 * @param idempotencyKey sent with the write, so a resend after a crash is applied once
 */
public record OutboxReceipt(String id, String idempotencyKey, Instant queuedAt) {}
