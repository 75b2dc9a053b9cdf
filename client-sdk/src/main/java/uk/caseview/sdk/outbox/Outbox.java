package uk.caseview.sdk.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.store.Sealer;
import uk.caseview.sdk.store.StoreDatabase;

/**
 * Every write a caseworker makes goes through here. {@link #submit} returns only once the write
 * is committed to the encrypted store on disk, so "saved" is true even if the machine dies the
 * next instant. A background sender then delivers writes in order per customer, each with its
 * own Idempotency-Key (a resend after a crash is applied once), retrying transient failures with
 * backoff for as long as it takes. A conflict or a refusal stops that customer's line and waits
 * for a person: nothing is overwritten or dropped silently.
 *
 * <p>Blocking methods touch the disk: call them off the UI thread (or use {@link #submitAsync}).
 */
public final class Outbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final String AUDIT_LINE = "/audit";

    private final OutboxRepository repository;
    private final Sealer sealer;
    private final Clock clock;
    private final OutboxSender sender;
    private final List<OutboxListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private Thread senderThread;
    private volatile boolean auditWrites;
    /** The signed-in member of staff's id, when writes are attributed; null when they are not. */
    private volatile java.util.function.Supplier<Optional<String>> signedIn;

    public Outbox(StoreDatabase database, Sealer sealer, WriteDispatcher dispatcher, Clock clock,
            OutboxSettings settings) {
        this.repository = new OutboxRepository(database);
        this.sealer = sealer;
        this.clock = clock;
        this.sender = new OutboxSender(repository, sealer, dispatcher, clock, settings, this::publish);
    }

    /**
     * From now on every write submitted also queues a {@code recorded_write} event for the
     * customer's audit trail, saved in the same transaction: a write on disk is never without its
     * audit record. Audit records travel in a line of their own per customer, so one the server
     * refuses never holds up the caseworker's changes, and they are not counted as "waiting to
     * send" (that count is the caseworker's own changes).
     */
    public void auditEveryWrite() {
        auditWrites = true;
    }

    /**
     * From now on each write remembers who saved it, and is sent only while that person is signed
     * in: a note queued by one caseworker is never sent under the next one's token (and so never
     * in their name, nor on the audit trail as theirs). While nobody is signed in nothing
     * attributed is sent; it waits on disk, encrypted, for its author. Who is kept as a keyed
     * hash, like the customer, never as the staff id itself.
     *
     * @param staffId the signed-in member of staff's id (the token's subject), asked before each send
     */
    public void attributeWritesTo(java.util.function.Supplier<Optional<String>> staffId) {
        this.signedIn = staffId;
        sender.sendOnly(() -> new OutboxRepository.Sendable(false, authorKey()));
    }

    /** Someone signed in or out: their waiting writes may go now. */
    public void signedInChanged() {
        sender.wake();
    }

    private String authorKey() {
        java.util.function.Supplier<Optional<String>> who = signedIn;
        Optional<String> id = who == null ? Optional.empty() : who.get();
        if (id.isEmpty()) {
            return null;
        }
        try {
            return sealer.lookup("staff:" + id.get());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The store's lookup key is unusable", e);
        }
    }

    /** Starts delivering queued writes, including any left from an earlier run. */
    public synchronized void start() {
        if (senderThread == null) {
            senderThread = Thread.ofVirtual().name("caseview-outbox").start(sender);
        }
    }

    /**
     * Queues a write and returns once it is on disk. Safe to call from any thread but the UI
     * thread (it waits for the disk).
     *
     * @throws OutboxException if it could not be saved; the caseworker's change is then NOT saved
     */
    public OutboxReceipt submit(WriteRequest request) {
        String id = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        Instant now = clock.instant();
        try {
            List<OutboxRepository.NewRow> rows = new ArrayList<>(2);
            rows.add(newRow(id, key, request));
            if (auditWrites && !(request instanceof WriteRequest.AuditEventWrite)) {
                WriteRequest audit = WriteRequest.auditEvent(request.nino(), new uk.caseview.sdk.model.citizen.NewAuditEvent(
                        uk.caseview.sdk.model.citizen.AuditAction.RECORDED_WRITE, now, request.describe(), null));
                rows.add(newRow(UUID.randomUUID().toString(), UUID.randomUUID().toString(), audit));
            }
            repository.insert(rows, now.toEpochMilli());
        } catch (Exception e) {
            if (!sealer.isUnlocked()) {
                log.warn("Outbox could not save a {}: the store is locked (nobody signed in)", request.describe());
                throw new OutboxException("Your change could not be saved yet: Caseview doesn't have your key for"
                        + " work kept on this computer (it asks the service for it when you sign in). Nothing was"
                        + " sent; try again in a moment, or sign out and in again if this keeps happening.", e);
            }
            log.error("Outbox could not save a {}: {}", request.describe(), e.getClass().getSimpleName());
            throw new OutboxException("Your change could not be saved on this computer. Nothing was sent;"
                    + " please try again, and report it if it keeps happening.", e);
        }
        log.debug("Outbox queued {} {}", request.describe(), id);
        sender.wake();
        publish(new OutboxEntry(id, request.describe(), OutboxStatus.QUEUED, 0, now, now, null, null), null);
        return new OutboxReceipt(id, key, now);
    }

    private OutboxRepository.NewRow newRow(String id, String key, WriteRequest request) throws Exception {
        byte[] payload = sealer.seal(OutboxCodec.write(request), OutboxSender.payloadContext(id));
        // The line a write waits in: the customer's (a keyed hash, never the NINO), audit records apart.
        String line = sealer.lookup(request.nino().value())
                + (request instanceof WriteRequest.AuditEventWrite ? AUDIT_LINE : "");
        return new OutboxRepository.NewRow(id, key, line, request.describe(), payload, authorKey());
    }

    /** {@link #submit} on a virtual thread; the future completes once the write is on disk. */
    public CompletableFuture<OutboxReceipt> submitAsync(WriteRequest request) {
        CompletableFuture<OutboxReceipt> f = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                f.complete(submit(request));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** Writes not yet delivered: queued, needing attention, or in conflict. */
    public int pendingCount() {
        try {
            return repository.pending();
        } catch (Exception e) {
            throw new OutboxException("Caseview couldn't read its list of unsent changes.", e);
        }
    }

    /** Every write still listed (unsent ones, and recently sent or discarded ones), oldest first. */
    public List<OutboxEntry> entries() {
        try {
            List<OutboxEntry> out = new ArrayList<>();
            for (OutboxRepository.Row row : repository.all()) {
                out.add(sender.toEntry(row));
            }
            return out;
        } catch (Exception e) {
            throw new OutboxException("Caseview couldn't read its list of unsent changes.", e);
        }
    }

    /**
     * The caseworker's own writes still to be delivered (waiting, refused or in conflict), oldest
     * first, each with what it says; audit records are bookkeeping and not listed. Blocking: it
     * reads and decrypts from disk.
     */
    public List<UnsentWrite> unsent() {
        try {
            List<UnsentWrite> out = new ArrayList<>();
            for (OutboxRepository.Row row : repository.all()) {
                OutboxEntry entry = sender.toEntry(row);
                if (!entry.status().isPending() || WriteRequest.AuditEventWrite.KIND.equals(row.kind())) {
                    continue;
                }
                WriteRequest request;
                try {
                    request = OutboxCodec.read(sealer.open(row.payload(), OutboxSender.payloadContext(row.id())));
                } catch (Exception unreadable) {
                    request = null;
                }
                out.add(new UnsentWrite(entry, request));
            }
            return out;
        } catch (Exception e) {
            throw new OutboxException("Caseview couldn't read its list of unsent changes.", e);
        }
    }

    public Optional<OutboxEntry> entry(String id) {
        try {
            return repository.find(id).map(sender::toEntry);
        } catch (Exception e) {
            throw new OutboxException("Caseview couldn't read its list of unsent changes.", e);
        }
    }

    /**
     * Puts a write that conflicted or needs attention back in its place in line, as changed by
     * the caseworker (for a conflict, typically with the server's ETag as If-Match after they
     * compared both versions). It gets a new Idempotency-Key, as it is a new request.
     */
    public void resubmit(String id, WriteRequest replacement) {
        String key = UUID.randomUUID().toString();
        try {
            byte[] payload = sealer.seal(OutboxCodec.write(replacement), OutboxSender.payloadContext(id));
            if (!repository.requeue(id, key, payload, clock.millis())) {
                throw new IllegalStateException("Only a write in conflict or needing attention can be resubmitted");
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new OutboxException("Your change could not be saved on this computer.", e);
        }
        sender.wake();
        entry(id).ifPresent(e -> publish(e, null));
    }

    /** Sends a write that needed attention again, unchanged and with the same key. */
    public void retry(String id) {
        try {
            OutboxRepository.Row row = repository.find(id).orElseThrow(() -> new IllegalArgumentException("No such write"));
            if (!repository.requeue(id, row.idempotencyKey(), row.payload(), clock.millis())) {
                throw new IllegalStateException("Only a write in conflict or needing attention can be retried");
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new OutboxException("Caseview couldn't update its list of unsent changes.", e);
        }
        sender.wake();
        entry(id).ifPresent(e -> publish(e, null));
    }

    /** Drops an unsent write, by a caseworker's choice (e.g. keeping the server's version in a conflict). */
    public void discard(String id) {
        try {
            if (!repository.discard(id, clock.millis())) {
                throw new IllegalStateException("Only an unsent write can be discarded");
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new OutboxException("Caseview couldn't update its list of unsent changes.", e);
        }
        sender.wake();
        entry(id).ifPresent(e -> publish(e, null));
    }

    public void addListener(OutboxListener listener) {
        listeners.add(listener);
    }

    public void removeListener(OutboxListener listener) {
        listeners.remove(listener);
    }

    /**
     * Waits until no write can be sent any more: everything is sent, or stopped for a person (a
     * conflict or refusal, and the same customer's writes held behind it), or the timeout passes.
     *
     * @return true if the outbox went idle in time
     */
    public boolean awaitDrained(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (hasSendableWork()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private boolean hasSendableWork() {
        try {
            return repository.nextWakeUp(sender.sendable()).isPresent();
        } catch (Exception e) {
            return true;
        }
    }

    private void publish(OutboxEntry entry, Object response) {
        int pending;
        try {
            pending = repository.pending();
        } catch (Exception e) {
            pending = -1;
        }
        OutboxEvent event = new OutboxEvent(entry, response, pending);
        for (OutboxListener l : listeners) {
            try {
                l.onChange(event);
            } catch (RuntimeException e) {
                log.warn("Outbox listener failed: {}", e.getClass().getSimpleName());
            }
        }
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the sender; queued writes stay on disk for the next start. */
    @Override
    public void close() {
        sender.stop();
        Thread t;
        synchronized (this) {
            t = senderThread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
