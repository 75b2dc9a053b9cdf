package uk.caseview.app.audit;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.model.citizen.AuditAction;
import uk.caseview.sdk.model.citizen.NewAuditEvent;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.fx.BackgroundTasks;

/**
 * Puts what this member of staff did on a customer's audit trail (decision 0701). With an
 * outbox the event is saved on disk, encrypted, and sent when the citizen service takes it, so a
 * record opened offline is still on the trail; without one (a live PC with no store key) it is
 * sent at once. Either way off the FX thread. Writes are audited by the outbox itself.
 */
public final class AuditRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRecorder.class);

    private final Optional<Outbox> outbox;
    private final CaseviewApis apis;
    private final BackgroundTasks tasks;
    private final Clock clock;

    public AuditRecorder(Optional<Outbox> outbox, CaseviewApis apis, BackgroundTasks tasks, Clock clock) {
        this.outbox = outbox;
        this.apis = apis;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** A customer's record was opened. Fire and forget: a failure is logged (without the customer), never shown. */
    public void opened(Nino nino) {
        record(nino, AuditAction.OPENED_RECORD, null, () -> {}, problem -> {});
    }

    /**
     * Records the event, then runs {@code saved} on the FX thread; or tells {@code failed}, in
     * words for a caseworker, why it could not be recorded.
     */
    public void record(Nino nino, AuditAction action, String reason, Runnable saved, Consumer<String> failed) {
        NewAuditEvent event = new NewAuditEvent(action, clock.instant(), null, reason);
        tasks.run(() -> {
            if (outbox.isPresent()) {
                outbox.get().submit(WriteRequest.auditEvent(nino, event));
            } else {
                apis.citizen().recordAuditEvent(nino.value(), UUID.randomUUID().toString(), event);
            }
            return null;
        }, done -> saved.run(), error -> {
            LOG.warn("Could not record a {} audit event: {}", action, error.getClass().getSimpleName());
            failed.accept(outbox.isPresent()
                    ? "Caseview couldn't save the audit record on this PC."
                    : "Caseview couldn't reach the citizen service to record it.");
        });
    }
}
