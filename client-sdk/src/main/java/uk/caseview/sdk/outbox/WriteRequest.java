package uk.caseview.sdk.outbox;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.NewAddress;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.model.debt.RepaymentPlanRequest;
import uk.caseview.sdk.model.evidence.EvidenceRequest;
import uk.caseview.sdk.model.evidence.EvidenceType;

/**
 * A change a caseworker makes, as the outbox keeps it until the API has it. Every write the
 * APIs accept has one kind here; the set is closed so the sender handles each explicitly.
 * {@link #nino()} names the customer: writes for one customer are sent in the order submitted.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WriteRequest.ContactNoteWrite.class, name = "contact-note"),
    @JsonSubTypes.Type(value = WriteRequest.ContactDetailsWrite.class, name = "contact-details"),
    @JsonSubTypes.Type(value = WriteRequest.AddressChangeWrite.class, name = "address-change"),
    @JsonSubTypes.Type(value = WriteRequest.NotificationWrite.class, name = "notification"),
    @JsonSubTypes.Type(value = WriteRequest.RepaymentPlanWrite.class, name = "repayment-plan"),
    @JsonSubTypes.Type(value = WriteRequest.EvidenceRequestWrite.class, name = "evidence-request"),
    @JsonSubTypes.Type(value = WriteRequest.EvidenceDecisionWrite.class, name = "evidence-decision"),
    @JsonSubTypes.Type(value = WriteRequest.EvidenceUploadWrite.class, name = "evidence-upload"),
    @JsonSubTypes.Type(value = WriteRequest.AuditEventWrite.class, name = "audit-event")
})
public sealed interface WriteRequest {

    Nino nino();

    /** What this write is, for a caseworker: "Contact note". */
    String describe();

    /**
     * The citizen version (ETag) this write was made against, for a write that changes the
     * citizen's record with If-Match; null for any other. When an earlier write of the same
     * caseworker, made against that same version, is accepted, the sender carries this one on to
     * the version that write produced: the only change in between is the caseworker's own, so
     * saving contact details and a new address together is not a conflict with oneself.
     */
    default String citizenIfMatch() {
        return null;
    }

    /** This write, made against another citizen version; writes without {@link #citizenIfMatch()} are unchanged. */
    default WriteRequest againstCitizenVersion(String etag) {
        return this;
    }

    /** An audit event: queued like any write, so a record opened offline is still on the trail. */
    static WriteRequest auditEvent(Nino nino, uk.caseview.sdk.model.citizen.NewAuditEvent event) {
        return new AuditEventWrite(nino, event);
    }

    static WriteRequest contactNote(Nino nino, NewContactNote note) {
        return new ContactNoteWrite(nino, note);
    }

    /** @param ifMatch the ETag (version) the caseworker saw; a newer one on the server is a conflict */
    static WriteRequest contactDetails(Nino nino, ContactDetails details, String ifMatch) {
        return new ContactDetailsWrite(nino, details, ifMatch);
    }

    /**
     * A move: the new address becomes current and the one it replaces is ended the day before.
     *
     * @param ifMatch the citizen's ETag (version) the caseworker saw; a newer one on the server is a conflict
     */
    static WriteRequest addressChange(Nino nino, NewAddress address, String ifMatch) {
        return new AddressChangeWrite(nino, address, ifMatch);
    }

    static WriteRequest notification(Nino nino, NotificationRequest request) {
        return new NotificationWrite(nino, request);
    }

    /** @param ifMatch the debt's ETag (version) the caseworker saw */
    static WriteRequest repaymentPlan(Nino nino, String debtId, RepaymentPlanRequest plan, String ifMatch) {
        return new RepaymentPlanWrite(nino, debtId, plan, ifMatch);
    }

    static WriteRequest evidenceDecision(Nino nino, String evidenceId,
            uk.caseview.sdk.model.evidence.EvidenceDecision decision) {
        return new EvidenceDecisionWrite(nino, evidenceId, decision);
    }

    static WriteRequest evidenceRequest(Nino nino, EvidenceRequest request) {
        return new EvidenceRequestWrite(nino, request);
    }

    /** @param requestId the evidence request this document answers, or null */
    static WriteRequest evidenceUpload(Nino nino, EvidenceType type, String requestId, String fileName,
            String mediaType, byte[] content) {
        return new EvidenceUploadWrite(nino, type, requestId, fileName, mediaType, content);
    }

    record AuditEventWrite(Nino nino, uk.caseview.sdk.model.citizen.NewAuditEvent event) implements WriteRequest {
        /** Its {@link #describe()}, which the outbox also keeps as the row's kind. */
        public static final String KIND = "Audit record";

        public AuditEventWrite {
            Objects.requireNonNull(nino, "nino");
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String describe() {
            return KIND;
        }

        @Override
        public String toString() {
            return "AuditEventWrite[redacted]";
        }
    }

    record ContactNoteWrite(Nino nino, NewContactNote note) implements WriteRequest {
        public ContactNoteWrite {
            Objects.requireNonNull(nino, "nino");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String describe() {
            return "Contact note";
        }

        @Override
        public String toString() {
            return "ContactNoteWrite[redacted]";
        }
    }

    record ContactDetailsWrite(Nino nino, ContactDetails details, String ifMatch) implements WriteRequest {
        public ContactDetailsWrite {
            Objects.requireNonNull(nino, "nino");
            Objects.requireNonNull(details, "details");
        }

        @Override
        public String describe() {
            return "Contact details change";
        }

        @Override
        public String citizenIfMatch() {
            return ifMatch;
        }

        @Override
        public WriteRequest againstCitizenVersion(String etag) {
            return new ContactDetailsWrite(nino, details, etag);
        }

        @Override
        public String toString() {
            return "ContactDetailsWrite[redacted]";
        }
    }

    record AddressChangeWrite(Nino nino, NewAddress address, String ifMatch) implements WriteRequest {
        public AddressChangeWrite {
            Objects.requireNonNull(nino, "nino");
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String describe() {
            return "Address change";
        }

        @Override
        public String citizenIfMatch() {
            return ifMatch;
        }

        @Override
        public WriteRequest againstCitizenVersion(String etag) {
            return new AddressChangeWrite(nino, address, etag);
        }

        @Override
        public String toString() {
            return "AddressChangeWrite[redacted]";
        }
    }

    record NotificationWrite(Nino nino, NotificationRequest request) implements WriteRequest {
        public NotificationWrite {
            Objects.requireNonNull(nino, "nino");
            Objects.requireNonNull(request, "request");
        }

        @Override
        public String describe() {
            return "Notification";
        }

        @Override
        public String toString() {
            return "NotificationWrite[redacted]";
        }
    }

    record RepaymentPlanWrite(Nino nino, String debtId, RepaymentPlanRequest plan, String ifMatch)
            implements WriteRequest {
        public RepaymentPlanWrite {
            Objects.requireNonNull(nino, "nino");
            Objects.requireNonNull(debtId, "debtId");
            Objects.requireNonNull(plan, "plan");
        }

        @Override
        public String describe() {
            return "Repayment plan";
        }

        @Override
        public String toString() {
            return "RepaymentPlanWrite[" + debtId + ", redacted]";
        }
    }

    record EvidenceRequestWrite(Nino nino, EvidenceRequest request) implements WriteRequest {
        public EvidenceRequestWrite {
            Objects.requireNonNull(nino, "nino");
            Objects.requireNonNull(request, "request");
        }

        @Override
        public String describe() {
            return "Evidence request";
        }

        @Override
        public String toString() {
            return "EvidenceRequestWrite[redacted]";
        }
    }

    record EvidenceDecisionWrite(Nino nino, String evidenceId, uk.caseview.sdk.model.evidence.EvidenceDecision decision)
            implements WriteRequest {
        public EvidenceDecisionWrite {
            Objects.requireNonNull(nino, "nino");
            Objects.requireNonNull(evidenceId, "evidenceId");
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public String describe() {
            return decision.decision() == uk.caseview.sdk.model.evidence.EvidenceDecision.Decision.VERIFIED
                    ? "Document verified" : "Document rejected";
        }

        @Override
        public String toString() {
            return "EvidenceDecisionWrite[" + evidenceId + ", redacted]";
        }
    }

    record EvidenceUploadWrite(Nino nino, EvidenceType type, String requestId, String fileName, String mediaType,
            byte[] content) implements WriteRequest {
        /** The contract's limit; larger files are refused before they are queued. */
        public static final int MAX_BYTES = 10 * 1024 * 1024;

        public EvidenceUploadWrite {
            Objects.requireNonNull(nino, "nino");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
            if (!java.util.Set.of("application/pdf", "image/png", "image/jpeg").contains(mediaType)) {
                throw new IllegalArgumentException("Evidence must be a PDF, PNG or JPEG file.");
            }
            if (content.length == 0 || content.length > MAX_BYTES) {
                throw new IllegalArgumentException("Evidence files must be between 1 byte and 10 MB.");
            }
        }

        @Override
        public String describe() {
            return "Evidence upload";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EvidenceUploadWrite u && u.nino.equals(nino) && u.type == type
                    && Objects.equals(u.requestId, requestId) && u.fileName.equals(fileName)
                    && u.mediaType.equals(mediaType) && java.util.Arrays.equals(u.content, content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nino, type, requestId, fileName, mediaType, java.util.Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "EvidenceUploadWrite[" + type + ", " + content.length + " bytes, redacted]";
        }
    }
}
