package uk.caseview.stubs.state;

import java.util.concurrent.ConcurrentHashMap;
import uk.caseview.stubs.http.ApiProblem;

/**
 * All training sessions of one stub server. Requests without an {@code X-Training-Session} header
 * share one unnamed session; each named session sees the seeded data plus only its own changes.
 */
public final class Classroom {

    /** A classroom of 30 uses 30; the cap stops a runaway script from filling the heap. */
    static final int MAX_SESSIONS = 1_000;
    /** Uploaded documents are held in memory; this caps them across all sessions. */
    public static final long MAX_UPLOADED_BYTES = 256L * 1024 * 1024;

    private static final String SHARED = "";

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

    /** The session a request reads from: null (no header) is the shared one. Never creates one. */
    public Session existing(String sessionId) {
        return sessions.get(sessionId == null ? SHARED : sessionId);
    }

    /** The session a write goes to, creating it on first use. */
    public Session forWrite(String sessionId) {
        String key = sessionId == null ? SHARED : sessionId;
        Session s = sessions.get(key);
        if (s != null) {
            return s;
        }
        if (sessions.size() >= MAX_SESSIONS) {
            throw ApiProblem.of(429, "Too many training sessions",
                    "This stub holds at most " + MAX_SESSIONS + " sessions; POST /__admin/reset clears them.");
        }
        return sessions.computeIfAbsent(key, k -> new Session());
    }

    public long uploadedBytes() {
        return sessions.values().stream().mapToLong(Session::uploadedBytes).sum();
    }

    /** Back to the seeded data: for everyone (null) or for one session. */
    public void reset(String sessionId) {
        if (sessionId == null) {
            sessions.clear();
        } else {
            sessions.remove(sessionId);
        }
    }

    /** A named training session, for the trainer: who is practising and how many customers they changed. */
    public record Trainee(String name, int changedCustomers) {}

    /** Every named session (the shared one is not a trainee's), by name. */
    public java.util.List<Trainee> trainees() {
        return sessions.entrySet().stream().filter(e -> !e.getKey().equals(SHARED))
                .map(e -> new Trainee(e.getKey(), e.getValue().changedRecords().size()))
                .sorted(java.util.Comparator.comparing(Trainee::name)).toList();
    }

    public int sessionCount() {
        return (int) sessions.values().stream().filter(s -> !s.isEmpty()).count();
    }
}
