package uk.caseview.stubs.state;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.http.Reply;

/**
 * One trainee's changes on top of the seeded data (or the shared changes of requests without a
 * session header). Every write in a session runs under the session's lock, so a version check,
 * the write and its idempotency record happen as one step.
 */
public final class Session {

    /** Keys remembered per session; the oldest are forgotten first. */
    static final int MAX_IDEMPOTENCY_KEYS = 10_000;

    private final Map<String, CitizenRecord> changed = new HashMap<>();
    private final Map<String, Upload> uploads = new HashMap<>();
    private final Map<String, Remembered> replies = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > MAX_IDEMPOTENCY_KEYS;
        }
    };
    private final Map<String, java.util.ArrayDeque<uk.caseview.sdk.model.citizen.AuditEvent>> audit = new HashMap<>();
    private final Map<String, java.util.ArrayDeque<SentNotification>> notifications = new HashMap<>();
    private long uploadedBytes;
    private int sequence;

    /** A citizen's audit trail keeps its newest events; a training server need not keep years of them. */
    static final int MAX_AUDIT_EVENTS_PER_CITIZEN = 1_000;

    /** An uploaded file, kept so the content endpoint can serve it back. */
    public record Upload(String mediaType, byte[] bytes) {}

    /** The first reply to an idempotency key, and a fingerprint of the request that got it. */
    public record Remembered(String fingerprint, Reply reply) {}

    /** This session's audit events for a citizen, newest first. */
    public synchronized java.util.List<uk.caseview.sdk.model.citizen.AuditEvent> audit(String nino) {
        var events = audit.get(nino);
        return events == null ? java.util.List.of() : java.util.List.copyOf(events);
    }

    public synchronized void addAudit(String nino, uk.caseview.sdk.model.citizen.AuditEvent event) {
        var events = audit.computeIfAbsent(nino, k -> new java.util.ArrayDeque<>());
        events.addFirst(event);
        if (events.size() > MAX_AUDIT_EVENTS_PER_CITIZEN) {
            events.removeLast();
        }
    }

    /** A notification as queued, and whether its delivery will fail (decided when it is sent). */
    public record SentNotification(uk.caseview.sdk.model.citizen.Notification queued, boolean fails) {}

    /** This session's notifications to a citizen, newest first. */
    public synchronized java.util.List<SentNotification> notifications(String nino) {
        var sent = notifications.get(nino);
        return sent == null ? java.util.List.of() : java.util.List.copyOf(sent);
    }

    public synchronized void addNotification(String nino, SentNotification sent) {
        var all = notifications.computeIfAbsent(nino, k -> new java.util.ArrayDeque<>());
        all.addFirst(sent);
        if (all.size() > MAX_AUDIT_EVENTS_PER_CITIZEN) {
            all.removeLast();
        }
    }

    /** The changed record of a citizen, or null if this session has not changed them. */
    public synchronized CitizenRecord changed(String nino) {
        return changed.get(nino);
    }

    /** The NINOs this session has changed, with their records, as a snapshot. */
    public synchronized Map<String, CitizenRecord> changedRecords() {
        return Map.copyOf(changed);
    }

    public synchronized void put(String nino, CitizenRecord record) {
        changed.put(nino, record);
    }

    public synchronized Upload upload(String evidenceId) {
        return uploads.get(evidenceId);
    }

    public synchronized void putUpload(String evidenceId, Upload upload) {
        uploads.put(evidenceId, upload);
        uploadedBytes += upload.bytes().length;
    }

    public synchronized long uploadedBytes() {
        return uploadedBytes;
    }

    public synchronized Remembered remembered(String idempotencyKey) {
        return replies.get(idempotencyKey);
    }

    public synchronized void remember(String idempotencyKey, Remembered reply) {
        replies.put(idempotencyKey, reply);
    }

    /** A number unique within the session, for ids of things it creates. */
    public synchronized int next() {
        return ++sequence;
    }

    synchronized boolean isEmpty() {
        return changed.isEmpty() && replies.isEmpty();
    }
}
