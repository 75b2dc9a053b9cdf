package uk.caseview.ui.format;

import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.model.evidence.EvidenceDecision;
import uk.caseview.sdk.outbox.UnsentWrite;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.sdk.view.Source;

/**
 * How a caseworker's change that is saved on this PC, but not yet confirmed by its service, reads
 * on a panel: what it is, in the words the confirmed row will use, and where it stands.
 */
public final class PendingWrites {

    private PendingWrites() {}

    /** The service the write goes to, so a panel can pick out its own. Null for one it cannot read. */
    public static Source source(UnsentWrite u) {
        return switch (u.request()) {
            case null -> null;
            case WriteRequest.ContactNoteWrite w -> Source.CITIZEN;
            case WriteRequest.ContactDetailsWrite w -> Source.CITIZEN;
            case WriteRequest.AddressChangeWrite w -> Source.CITIZEN;
            case WriteRequest.NotificationWrite w -> Source.CITIZEN;
            case WriteRequest.AuditEventWrite w -> Source.CITIZEN;
            case WriteRequest.RepaymentPlanWrite w -> Source.DEBT;
            case WriteRequest.EvidenceRequestWrite w -> Source.EVIDENCE;
            case WriteRequest.EvidenceDecisionWrite w -> Source.EVIDENCE;
            case WriteRequest.EvidenceUploadWrite w -> Source.EVIDENCE;
        };
    }

    /** "Phone note: Called about the May payment", "Letter: Their next payment date (Welsh)". */
    public static String summary(UnsentWrite u) {
        return switch (u.request()) {
            case null -> u.entry().description();
            case WriteRequest.ContactNoteWrite w -> (w.note().channel() == null ? "Contact"
                    : Labels.humanise(w.note().channel())) + " note: " + w.note().text();
            case WriteRequest.ContactDetailsWrite w -> "Contact details updated";
            case WriteRequest.AddressChangeWrite w -> "Move to " + w.address().line1() + ", " + w.address().postcode()
                    + " from " + Dates.format(w.address().from());
            case WriteRequest.NotificationWrite w -> (w.request().channel() == NotificationRequest.Channel.SMS
                    ? "Text message: " : "Letter: ")
                    // A write queued by an older version may name no template this one knows.
                    + (w.request().template() == null ? "notification" : w.request().template().label())
                    + ("cy".equals(w.request().language()) ? " (Welsh)" : "");
            case WriteRequest.AuditEventWrite w -> w.describe();
            case WriteRequest.RepaymentPlanWrite w -> "Repayment plan: " + Money.format(w.plan().instalmentPence())
                    + " " + Labels.humanise(w.plan().frequency()).toLowerCase(java.util.Locale.UK) + " from "
                    + Dates.format(w.plan().startDate());
            case WriteRequest.EvidenceRequestWrite w -> "Requested " + Labels.humanise(w.request().type())
                    + (w.request().description() == null || w.request().description().isBlank() ? ""
                            : ": " + w.request().description());
            case WriteRequest.EvidenceDecisionWrite w -> w.decision().decision() == EvidenceDecision.Decision.VERIFIED
                    ? "Document verified" : "Document rejected: " + w.decision().reason();
            case WriteRequest.EvidenceUploadWrite w -> "Uploaded " + Labels.humanise(w.type()) + ": " + w.fileName();
        };
    }

    /** Where it stands, for the mark beside it: waiting to go, or held for the caseworker to put right. */
    public static String standing(UnsentWrite u) {
        if (u.entry().status() == uk.caseview.sdk.outbox.OutboxStatus.SENT) {
            return "Sent: the service has it; its own copy shows when the record is next read";
        }
        return u.isHeld() ? "Held: see Pending and held writes (Ctrl+Shift+P)"
                : "Pending: saved on this PC, not yet confirmed by the service";
    }
}
