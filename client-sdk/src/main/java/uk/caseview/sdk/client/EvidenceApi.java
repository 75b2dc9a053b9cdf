package uk.caseview.sdk.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceRequest;

@Headers("Accept: application/json")
public interface EvidenceApi {

    @RequestLine("GET /evidence/v1/citizens/{nino}/evidence")
    EvidenceList listEvidence(@Param("nino") String nino);

    @RequestLine("POST /evidence/v1/citizens/{nino}/evidence-requests")
    @Headers({"Content-Type: application/json", "Idempotency-Key: {key}"})
    EvidenceItem requestEvidence(@Param("nino") String nino, @Param("key") String idempotencyKey, EvidenceRequest request);

    /** Marks a received document verified or rejected; a document in any other status is a 409. */
    @RequestLine("POST /evidence/v1/citizens/{nino}/evidence/{evidenceId}/decision")
    @Headers({"Content-Type: application/json", "Idempotency-Key: {key}"})
    EvidenceItem verifyEvidence(@Param("nino") String nino, @Param("evidenceId") String evidenceId,
            @Param("key") String idempotencyKey, uk.caseview.sdk.model.evidence.EvidenceDecision decision);

    /**
     * The document itself, read whole into memory up to {@link EvidenceDocument#MAX_BYTES}; a
     * bigger one is a {@code DocumentTooLargeException}, a requested-but-not-received one a
     * {@code NotFoundException}.
     */
    @RequestLine("GET /evidence/v1/evidence/{evidenceId}/content")
    @Headers("Accept: application/pdf, image/png, image/jpeg")
    EvidenceDocument getDocument(@Param("evidenceId") String evidenceId);

    /** The raw document, unbounded; the caller reads and closes the body. Prefer {@link #getDocument}. */
    @RequestLine("GET /evidence/v1/evidence/{evidenceId}/content")
    @Headers("Accept: application/pdf, image/png, image/jpeg")
    Response getContent(@Param("evidenceId") String evidenceId);
}
