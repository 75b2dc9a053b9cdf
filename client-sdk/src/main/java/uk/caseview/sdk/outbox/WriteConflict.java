package uk.caseview.sdk.outbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A write the server refused because the record changed first (409 or 412). Both versions are
 * here: what the caseworker meant to save, and what the server holds now. Nothing is
 * overwritten until a person chooses, with {@link Outbox#resubmit} or {@link Outbox#discard}.
 *
 * @param serverCurrent the server's current version as JSON, when it sent one (may be null)
 * @param serverEtag    the current version's ETag, to send as If-Match if the caseworker keeps their change
 */
public record WriteConflict(String entryId, WriteRequest intended, JsonNode serverCurrent, String serverEtag,
        String message) {

    @Override
    public String toString() {
        return "WriteConflict[" + entryId + ", redacted]";
    }
}
