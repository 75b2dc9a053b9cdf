package uk.caseview.sdk.model.citizen;

import java.util.List;

/** A citizen's audit trail, newest first. */
public record AuditEventList(List<AuditEvent> events) {

    public AuditEventList {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
