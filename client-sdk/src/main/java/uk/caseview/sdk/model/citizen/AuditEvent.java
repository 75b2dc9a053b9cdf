package uk.caseview.sdk.model.citizen;

import java.time.Instant;

/** One entry of a citizen's audit trail, as a team leader reads it. */
public record AuditEvent(String eventId, AuditAction action, Instant occurredAt, Instant recordedAt, String staffId,
        String staffName, String detail, String reason) {

    @Override
    public String toString() {
        return "AuditEvent[" + eventId + ", " + action + ", redacted]";
    }
}
