package uk.caseview.sdk.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.form.FormData;
import uk.caseview.sdk.model.evidence.EvidenceItem;

/**
 * The multipart upload the contract defines beside {@link EvidenceApi}. Kept apart because it
 * needs a form encoder, and because only the outbox calls it: every upload is a durable write.
 */
public interface EvidenceUploadApi {

    /** {@code type} and {@code requestId} (may be null) become form fields; {@code file} the file part. */
    @RequestLine("POST /evidence/v1/citizens/{nino}/evidence")
    @Headers({"Content-Type: multipart/form-data", "Accept: application/json", "Idempotency-Key: {key}"})
    EvidenceItem upload(
            @Param("nino") String nino,
            @Param("key") String idempotencyKey,
            @Param("type") String type,
            @Param("requestId") String requestId,
            @Param("file") FormData file);
}
