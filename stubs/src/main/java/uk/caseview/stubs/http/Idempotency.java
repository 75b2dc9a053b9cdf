package uk.caseview.stubs.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import uk.caseview.stubs.state.Classroom;
import uk.caseview.stubs.state.Session;

/**
 * Runs a write at most once per {@code Idempotency-Key} within a training session. The first
 * reply (any status below 500) is remembered with a fingerprint of the request; a repeat of the
 * same request gets that reply again without writing, and a different request reusing the key is
 * refused with 409. The session lock is held from the lookup to the remembering, so two racing
 * repeats cannot both write.
 */
final class Idempotency {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** A write to run once. */
    @FunctionalInterface
    interface Write {
        Reply run() throws InterruptedException;
    }

    private final Classroom classroom;

    Idempotency(Classroom classroom) {
        this.classroom = classroom;
    }

    boolean applies(RequestContext r) {
        return r.route().parameters().stream().anyMatch(p -> p.parameter().name().equals(KEY_HEADER));
    }

    Reply once(RequestContext r, Write write) throws InterruptedException {
        String key = r.header(KEY_HEADER);
        Session session = classroom.forWrite(r.session());
        String fingerprint = fingerprint(r);
        synchronized (session) {
            Session.Remembered first = session.remembered(key);
            if (first != null) {
                if (!first.fingerprint().equals(fingerprint)) {
                    throw ApiProblem.of(409, "Idempotency key reused",
                            "This Idempotency-Key was already used for a different request; use a new key.");
                }
                List<Reply.Header> headers = new ArrayList<>(first.reply().headers());
                headers.add(new Reply.Header(REPLAYED_HEADER, "true"));
                return new Reply(first.reply().status(), first.reply().contentType(), first.reply().body(), headers);
            }
            Reply reply;
            try {
                reply = write.run();
            } catch (ApiProblem problem) {
                reply = Problems.reply(problem.problem());
            }
            if (reply.status() < 500) {
                session.remember(key, new Session.Remembered(fingerprint, reply));
            }
            return reply;
        }
    }

    /** Operation, path, If-Match and body: what makes two requests "the same write". */
    private static String fingerprint(RequestContext r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(r.route().operationId().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(r.exchange().getRequestURI().getRawPath().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            String ifMatch = r.header("If-Match");
            sha.update((ifMatch == null ? "" : ifMatch).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (r.json() != null) {
                sha.update(r.json().toString().getBytes(StandardCharsets.UTF_8));
            }
            if (r.parts() != null) {
                for (Multipart.Part p : r.parts()) {
                    sha.update(p.name().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(p.content());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
