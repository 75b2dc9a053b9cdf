package uk.caseview.sdk.outbox;

import feign.form.FormData;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.client.EvidenceUploadApi;

/** Sends one queued write to its API with its idempotency key. Blocking; throws ApiExceptions. */
public class WriteDispatcher {

    private final CaseviewApis apis;
    private final EvidenceUploadApi uploads;

    public WriteDispatcher(CaseviewApis apis, EvidenceUploadApi uploads) {
        this.apis = apis;
        this.uploads = uploads;
    }

    /** @return what the API answered (the created note, the updated debt...) */
    public Object send(WriteRequest request, String idempotencyKey) {
        String nino = request.nino().value();
        return switch (request) {
            case WriteRequest.ContactNoteWrite w -> apis.citizen().recordNote(nino, idempotencyKey, w.note());
            case WriteRequest.AuditEventWrite w -> apis.citizen().recordAuditEvent(nino, idempotencyKey, w.event());
            case WriteRequest.ContactDetailsWrite w ->
                    apis.citizen().updateContactDetails(nino, idempotencyKey, w.ifMatch(), w.details());
            case WriteRequest.AddressChangeWrite w ->
                    apis.citizen().recordAddressChange(nino, idempotencyKey, w.ifMatch(), w.address());
            case WriteRequest.NotificationWrite w -> apis.citizen().sendNotification(nino, idempotencyKey, w.request());
            case WriteRequest.RepaymentPlanWrite w ->
                    apis.debt().agreeRepaymentPlan(w.debtId(), idempotencyKey, w.ifMatch(), w.plan());
            case WriteRequest.EvidenceDecisionWrite w ->
                    apis.evidence().verifyEvidence(nino, w.evidenceId(), idempotencyKey, w.decision());
            case WriteRequest.EvidenceRequestWrite w ->
                    apis.evidence().requestEvidence(nino, idempotencyKey, w.request());
            case WriteRequest.EvidenceUploadWrite w -> uploads.upload(nino, idempotencyKey, wireName(w), w.requestId(),
                    new FormData(w.mediaType(), w.fileName(), w.content()));
        };
    }

    private static String wireName(WriteRequest.EvidenceUploadWrite w) {
        try {
            return uk.caseview.sdk.json.Json.mapper().writeValueAsString(w.type()).replace("\"", "");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
