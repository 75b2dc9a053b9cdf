package uk.caseview.stubs.state;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import uk.caseview.stubs.http.Reply;

/**
 * Serialised replies to reads of seeded data, keyed by path and query. Seeded data never changes
 * for a running server (same seed, same day), so an entry never goes stale; reads of a citizen a
 * training session has changed bypass the cache. Bounded by bytes: when full it starts again,
 * which is crude but cheap, and the data is one regeneration away.
 */
public final class ReadCache {

    static final long BUDGET_BYTES = 32L * 1024 * 1024;
    /** Bodies larger than this (the very large persona) are cheaper to rebuild than to pin. */
    static final int MAX_ENTRY_BYTES = 256 * 1024;

    private final ConcurrentHashMap<String, Reply> replies = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    public Reply get(String key, Supplier<Reply> build) {
        return get(key, build, () -> true);
    }

    /** As {@link #get(String, Supplier)}, caching the built reply only if {@code stillSeeded} holds after building. */
    public Reply get(String key, Supplier<Reply> build, java.util.function.BooleanSupplier stillSeeded) {
        Reply cached = replies.get(key);
        if (cached != null) {
            return cached;
        }
        Reply reply = build.get();
        if (reply.status() == 200 && reply.body().length <= MAX_ENTRY_BYTES && stillSeeded.getAsBoolean()) {
            if (bytes.addAndGet(reply.body().length) > BUDGET_BYTES) {
                replies.clear();
                bytes.set(reply.body().length);
            }
            replies.put(key, reply);
        }
        return reply;
    }
}
