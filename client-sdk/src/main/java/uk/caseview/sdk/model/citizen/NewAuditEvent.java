package uk.caseview.sdk.model.citizen;

import java.time.Instant;

/**
 * What the desktop tells the audit trail: what, when and why. Who comes from the access token on
 * the server, so a client cannot write an event in someone else's name.
 *
 * @param detail what was written ("Contact note"), never personal data; null for a read
 * @param reason why a restricted record was opened or bank details revealed; null otherwise
 */
public record NewAuditEvent(AuditAction action, Instant occurredAt, String detail, String reason) {

    @Override
    public String toString() {
        return "NewAuditEvent[" + action + ", redacted]";
    }
}
