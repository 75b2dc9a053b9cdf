package uk.caseview.stubs.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceRequest;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.stubs.content.EvidenceDocuments;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.Ids;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.http.ApiProblem;
import uk.caseview.stubs.http.Endpoint;
import uk.caseview.stubs.http.Multipart;
import uk.caseview.stubs.http.Reply;
import uk.caseview.stubs.http.RequestContext;
import uk.caseview.stubs.http.StubJson;
import uk.caseview.stubs.state.CaseData;
import uk.caseview.stubs.state.Classroom;
import uk.caseview.stubs.state.Session;

/** The evidence API's writes: upload a document (multipart) and request one. */
public final class EvidenceWriteEndpoints {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** Ids of documents created in a session start here, clear of any seeded ordinal. */
    static final int FIRST_SESSION_ORDINAL = 5_000;

    private final CaseData data;
    private final LocalDate today;

    public EvidenceWriteEndpoints(CaseData data, LocalDate today) {
        this.data = data;
        this.today = today;
    }

    public Map<String, Endpoint> endpoints() {
        return Map.of(
                "uploadEvidence", this::upload,
                "requestEvidence", this::request,
                "verifyEvidence", this::decide);
    }

    Reply upload(RequestContext r) {
        String nino = r.path("nino");
        Multipart.Part file = r.part("file");
        if (file.fileName() == null) {
            throw ApiProblem.badRequest("file", "Must be a file part (with a filename).");
        }
        if (file.content().length > MAX_FILE_BYTES) {
            throw ApiProblem.of(413, "Content too large", "A document may be at most 10 MiB.");
        }
        if (file.content().length == 0) {
            throw ApiProblem.badRequest("file", "The file is empty.");
        }
        if (!isPlainName(file.fileName())) {
            // Refused, not cleaned up: a name that tries to climb folders is an attack or a bug.
            throw ApiProblem.badRequest("file", "The file name must be a plain name, without a folder, '..' or control characters.");
        }
        String mediaType = sniff(file.content());
        if (mediaType == null) {
            throw ApiProblem.of(415, "Unsupported media type", "Send a PDF, PNG or JPEG document.");
        }
        String named = mediaTypeOfName(file.fileName());
        if (!mediaType.equals(named)) {
            throw ApiProblem.of(415, "Unsupported media type", "The file's contents are "
                    + describe(mediaType) + ", but its name does not end ." + extensionFor(mediaType) + ".");
        }
        Session session = data.classroom().forWrite(r.session());
        if (data.classroom().uploadedBytes() + file.content().length > Classroom.MAX_UPLOADED_BYTES) {
            throw ApiProblem.of(413, "Content too large",
                    "The stub's upload store is full; POST /__admin/reset frees it.");
        }
        CitizenRecord record = data.requireForWrite(session, nino);
        EvidenceType type = StubJson.reader().convertValue(r.part("type").text(), EvidenceType.class);
        Multipart.Part requestPart = r.part("requestId");
        String fileName = safeFileName(file.fileName());
        long size = file.content().length;
        List<EvidenceItem> items = new ArrayList<>(record.evidence());
        EvidenceItem received;
        if (requestPart != null && !requestPart.text().isBlank()) {
            String requestId = requestPart.text().trim();
            int at = indexOfRequest(items, requestId);
            if (at < 0) {
                throw ApiProblem.badRequest("requestId", "No outstanding request with this id for this citizen.");
            }
            EvidenceItem asked = items.get(at);
            received = new EvidenceItem(asked.evidenceId(), type, asked.description(), EvidenceStatus.RECEIVED,
                    asked.requestedOn(), asked.dueBy(), today, fileName, mediaType, size, null);
            items.set(at, received);
        } else {
            received = new EvidenceItem(newId(nino, session), type, "Uploaded by " + CitizenWriteEndpoints
                    .author(r.session()).toLowerCase(java.util.Locale.ROOT), EvidenceStatus.RECEIVED, null, null,
                    today, fileName, mediaType, size, null);
            items.add(0, received);
        }
        session.putUpload(received.evidenceId(), new Session.Upload(mediaType, file.content()));
        session.put(nino, record.withEvidence(items));
        return Reply.json(201, received);
    }

    Reply request(RequestContext r) {
        String nino = r.path("nino");
        EvidenceRequest request = r.body(EvidenceRequest.class);
        if (request.dueBy().isBefore(today)) {
            throw ApiProblem.badRequest("dueBy", "Must be today or later.");
        }
        Session session = data.classroom().forWrite(r.session());
        CitizenRecord record = data.requireForWrite(session, nino);
        EvidenceItem item = new EvidenceItem(newId(nino, session), request.type(), request.description(),
                EvidenceStatus.REQUESTED, today, request.dueBy(), null, null, null, null, null);
        List<EvidenceItem> items = new ArrayList<>(record.evidence());
        items.add(0, item);
        session.put(nino, record.withEvidence(items));
        return Reply.json(201, item);
    }

    /** Verified, or rejected with a reason: only a received document, and only once. */
    Reply decide(RequestContext r) {
        String nino = r.path("nino");
        String evidenceId = r.path("evidenceId");
        uk.caseview.sdk.model.evidence.EvidenceDecision decision =
                r.body(uk.caseview.sdk.model.evidence.EvidenceDecision.class);
        boolean rejected = decision.decision() == uk.caseview.sdk.model.evidence.EvidenceDecision.Decision.REJECTED;
        String reason = decision.reason() == null ? null : decision.reason().strip();
        if (rejected && (reason == null || reason.isEmpty())) {
            throw ApiProblem.badRequest("reason", "Required when a document is rejected.");
        }
        Session session = data.classroom().forWrite(r.session());
        CitizenRecord record = data.requireForWrite(session, nino);
        List<EvidenceItem> items = new ArrayList<>(record.evidence());
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).evidenceId().equals(evidenceId)) {
                at = i;
            }
        }
        if (at < 0) {
            throw ApiProblem.of(404, "Not Found", "No document with this id for this citizen.");
        }
        EvidenceItem item = items.get(at);
        if (item.status() != EvidenceStatus.RECEIVED) {
            throw ApiProblem.of(409, "Conflict", "Only a received document can be verified or rejected; this one is "
                    + item.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        EvidenceItem decided = new EvidenceItem(item.evidenceId(), item.type(), item.description(),
                rejected ? EvidenceStatus.REJECTED : EvidenceStatus.VERIFIED, item.requestedOn(), item.dueBy(),
                item.receivedOn(), item.fileName(), item.mediaType(), item.sizeBytes(), rejected ? reason : null);
        items.set(at, decided);
        session.put(nino, record.withEvidence(items));
        return Reply.json(200, decided);
    }

    private static int indexOfRequest(List<EvidenceItem> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).evidenceId().equals(id) && items.get(i).status() == EvidenceStatus.REQUESTED) {
                return i;
            }
        }
        return -1;
    }

    private static String newId(String nino, Session session) {
        int ordinal = FIRST_SESSION_ORDINAL + session.next();
        if (ordinal > 9_999) {
            throw ApiProblem.of(409, "Session full", "This training session has created too many items; reset it.");
        }
        return Ids.evidenceId(NinoScheme.keyOf(nino), ordinal);
    }

    static boolean isPlainName(String name) {
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("..")) {
            return false;
        }
        return name.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
    }

    /** The media type a file name's extension promises, or null for any other extension. */
    static String mediaTypeOfName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return EvidenceDocuments.PDF;
        }
        if (lower.endsWith(".png")) {
            return EvidenceDocuments.PNG;
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return EvidenceDocuments.JPEG;
        }
        return null;
    }

    private static String extensionFor(String mediaType) {
        return mediaType.equals(EvidenceDocuments.PDF) ? "pdf" : mediaType.equals(EvidenceDocuments.PNG) ? "png" : "jpg";
    }

    private static String describe(String mediaType) {
        return mediaType.equals(EvidenceDocuments.PDF) ? "a PDF" : mediaType.equals(EvidenceDocuments.PNG) ? "a PNG image"
                : "a JPEG image";
    }

    /** The media type by the file's first bytes; the client's claim is not trusted. Null if none of ours. */
    static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return EvidenceDocuments.PDF;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return EvidenceDocuments.PNG;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return EvidenceDocuments.JPEG;
        }
        return null;
    }

    static String safeFileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            base = "document";
        }
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }
}
