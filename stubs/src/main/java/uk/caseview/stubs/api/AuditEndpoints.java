package uk.caseview.stubs.api;

import java.time.Clock;
import java.util.Map;
import uk.caseview.sdk.model.citizen.AuditEvent;
import uk.caseview.sdk.model.citizen.AuditEventList;
import uk.caseview.sdk.model.citizen.NewAuditEvent;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.idp.Caller;
import uk.caseview.stubs.state.CaseData;
import uk.caseview.stubs.state.Session;

/**
 * A citizen's audit trail: who opened or changed the record, when and why. Who comes from the
 * request's checked token, never from the body. Events live in the session's overlay, so a
 * trainee's trail is theirs and a reset clears it.
 */
public final class AuditEndpoints {

    private final CaseData data;
    private final Clock clock;

    public AuditEndpoints(CaseData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of(
                "recordAuditEvent", this::record,
                "listAuditEvents", this::list);
    }

    Reply record(RequestContext r) {
        String nino = r.path("nino");
        Session session = data.classroom().forWrite(r.session());
        data.requireForWrite(session, nino);
        NewAuditEvent asked = r.body(NewAuditEvent.class);
        AuditEvent event = new AuditEvent("A" + NinoScheme.keyOf(nino) + "-S" + session.next(), asked.action(),
                asked.occurredAt(), clock.instant(), Caller.staffId(), Caller.staffName(), asked.detail(),
                asked.reason());
        session.addAudit(nino, event);
        return Reply.json(201, event);
    }

    Reply list(RequestContext r) {
        String nino = r.path("nino");
        data.require(r.session(), nino);
        Session session = data.classroom().existing(r.session());
        return Reply.json(200, new AuditEventList(session == null ? java.util.List.of() : session.audit(nino)));
    }
}
