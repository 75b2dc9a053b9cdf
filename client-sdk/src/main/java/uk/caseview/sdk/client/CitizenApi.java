package uk.caseview.sdk.client;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.citizen.NewAddress;
import uk.caseview.sdk.model.citizen.AuditEvent;
import uk.caseview.sdk.model.citizen.AuditEventList;
import uk.caseview.sdk.model.citizen.NewAuditEvent;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.model.citizen.Notification;
import uk.caseview.sdk.model.citizen.NotificationList;
import uk.caseview.sdk.model.citizen.NotificationPreview;
import uk.caseview.sdk.model.citizen.NotificationRequest;
import uk.caseview.sdk.model.citizen.StoreKey;
import uk.caseview.sdk.model.citizen.TraceResult;

/**
 * The citizen API: identity, addresses, household, flags, notes and notifications; and the signed-in
 * member of staff's store key.
 */
@Headers("Accept: application/json")
public interface CitizenApi {

    @RequestLine("GET /citizen/v1/citizens/{nino}")
    Citizen getCitizen(@Param("nino") String nino);

    /** Query keys: surname, dateOfBirth (ISO date), postcode, limit. */
    @RequestLine("GET /citizen/v1/citizens")
    TraceResult trace(@QueryMap Map<String, String> query);

    /**
     * The signed-in person's key for the encrypted store on this computer (the token says who).
     * Never put it in a cache or a log: it opens their saved work.
     */
    @RequestLine("GET /citizen/v1/staff/me/store-key")
    StoreKey storeKey();

    @RequestLine("GET /citizen/v1/citizens/{nino}/audit-events")
    AuditEventList listAuditEvents(@Param("nino") String nino);

    @RequestLine("POST /citizen/v1/citizens/{nino}/audit-events")
    @Headers({"Content-Type: application/json", "Idempotency-Key: {key}"})
    AuditEvent recordAuditEvent(@Param("nino") String nino, @Param("key") String idempotencyKey, NewAuditEvent event);

    @RequestLine("GET /citizen/v1/citizens/{nino}/notes")
    ContactNoteList listNotes(@Param("nino") String nino);

    @RequestLine("POST /citizen/v1/citizens/{nino}/notes")
    @Headers({"Content-Type: application/json", "Idempotency-Key: {key}"})
    ContactNote recordNote(@Param("nino") String nino, @Param("key") String idempotencyKey, NewContactNote note);

    @RequestLine("PUT /citizen/v1/citizens/{nino}/contact-details")
    @Headers({"Content-Type: application/json", "Idempotency-Key: {key}", "If-Match: {etag}"})
    Citizen updateContactDetails(
            @Param("nino") String nino,
            @Param("key") String idempotencyKey,
            @Param("etag") String ifMatch,
            ContactDetails details);

    /** A move: the new address becomes current and the one it replaces is ended the day before. */
    @RequestLine("POST /citizen/v1/citizens/{nino}/addresses")
    @Headers({"Content-Type: application/json", "Idempotency-Key: {key}", "If-Match: {etag}"})
    Citizen recordAddressChange(
            @Param("nino") String nino,
            @Param("key") String idempotencyKey,
            @Param("etag") String ifMatch,
            NewAddress address);

    @RequestLine("GET /citizen/v1/citizens/{nino}/notifications")
    NotificationList listNotifications(@Param("nino") String nino);

    /** The wording a notification would have; a template that does not apply to the citizen is a conflict (409). */
    @RequestLine("GET /citizen/v1/citizens/{nino}/notification-preview?channel={channel}&template={template}"
            + "&language={language}")
    NotificationPreview previewNotification(@Param("nino") String nino, @Param("channel") String channel,
            @Param("template") String template, @Param("language") String language);

    @RequestLine("POST /citizen/v1/citizens/{nino}/notifications")
    @Headers({"Content-Type: application/json", "Idempotency-Key: {key}"})
    Notification sendNotification(
            @Param("nino") String nino, @Param("key") String idempotencyKey, NotificationRequest request);
}
