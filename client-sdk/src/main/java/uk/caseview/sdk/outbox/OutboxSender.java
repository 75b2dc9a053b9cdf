package uk.caseview.sdk.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.error.ApiException;
import uk.caseview.sdk.error.ConflictException;
import uk.caseview.sdk.error.RateLimitedException;
import uk.caseview.sdk.error.ServiceUnavailableException;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.store.Sealer;

/**
 * The outbox's one delivery loop. One write at a time, oldest due first, which keeps each
 * customer's writes in order without any coordination. A write is marked sent only after the
 * API answered; if the process dies in between, the write is sent again with the same key and
 * the API applies it once.
 */
final class OutboxSender implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration IDLE_POLL = Duration.ofSeconds(30);

    private final OutboxRepository repository;
    private final Sealer sealer;
    private final WriteDispatcher dispatcher;
    private final Clock clock;
    private final OutboxSettings settings;
    private final BiConsumer<OutboxEntry, Object> publish;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile boolean stopped;
    private boolean woken;

    private volatile java.util.function.Supplier<OutboxRepository.Sendable> sendable =
            () -> OutboxRepository.Sendable.ANYONE;

    OutboxSender(OutboxRepository repository, Sealer sealer, WriteDispatcher dispatcher, Clock clock,
            OutboxSettings settings, BiConsumer<OutboxEntry, Object> publish) {
        this.repository = repository;
        this.sealer = sealer;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.settings = settings;
        this.publish = publish;
    }

    static String payloadContext(String id) {
        return "outbox|" + id;
    }

    private static String outcomeContext(String id) {
        return "outbox-outcome|" + id;
    }

    /** Whose writes go now, asked before each one (the signed-in member of staff can change). */
    void sendOnly(java.util.function.Supplier<OutboxRepository.Sendable> whose) {
        this.sendable = whose;
        wake();
    }

    OutboxRepository.Sendable sendable() {
        return sendable.get();
    }

    void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void stop() {
        stopped = true;
        wake();
    }

    @Override
    public void run() {
        long lastPurge = 0;
        while (!stopped) {
            try {
                long now = clock.millis();
                if (now - lastPurge > TimeUnit.MINUTES.toMillis(10)) {
                    repository.purgeFinishedBefore(now - settings.keepSentFor().toMillis());
                    lastPurge = now;
                }
                if (!sealer.isUnlocked()) {
                    // Nobody signed in on a store bound to people: nothing here can be opened. An unlock wakes us.
                    sleepUntil(Optional.empty());
                    continue;
                }
                OutboxRepository.Sendable whose = sendable.get();
                Optional<OutboxRepository.Row> due = repository.nextDue(now, whose);
                if (due.isPresent()) {
                    deliver(due.get());
                } else {
                    sleepUntil(repository.nextWakeUp(whose));
                }
            } catch (InterruptedException e) {
                if (stopped) {
                    return;
                }
            } catch (Exception e) {
                // The store itself failed (disk full, locked): nothing was lost; try again shortly.
                log.warn("Outbox sender: {}", e.getClass().getSimpleName());
                try {
                    sleepUntil(Optional.of(clock.millis() + 1000));
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void sleepUntil(Optional<Long> wakeAt) throws InterruptedException {
        long waitMs = wakeAt.map(at -> at - clock.millis()).orElse(IDLE_POLL.toMillis());
        if (waitMs <= 0) {
            return;
        }
        lock.lock();
        try {
            if (!woken && !stopped) {
                work.await(Math.min(waitMs, IDLE_POLL.toMillis()), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } finally {
            lock.unlock();
        }
    }

    private void deliver(OutboxRepository.Row row) throws Exception {
        WriteRequest request;
        try {
            request = OutboxCodec.read(sealer.open(row.payload(), payloadContext(row.id())));
        } catch (Exception unreadable) {
            stop(row, OutboxStatus.NEEDS_ATTENTION, new OutboxCodec.Outcome(
                    "This saved change can't be read back on this computer, so it wasn't sent.", null, null));
            return;
        }
        int attempts = row.attempts() + 1;
        try {
            Object response = dispatcher.send(request, row.idempotencyKey());
            // Before marking sent: after a crash in between, the resend is answered from the first
            // result and the writes behind already name the version it produced.
            carryOnVersion(row, request, response);
            repository.markSent(row.id(), clock.millis());
            log.debug("Outbox sent {} {} after {} attempt(s)", row.kind(), row.id(), attempts);
            publish.accept(toEntry(repository.find(row.id()).orElseThrow()), response);
        } catch (ConflictException e) {
            log.info("Outbox {} {} conflicted ({})", row.kind(), row.id(), e.status());
            stop(row.withAttempts(attempts), OutboxStatus.CONFLICT, new OutboxCodec.Outcome(
                    e.userMessage(), e.currentVersion().orElse(null), e.currentEtag().orElse(null)));
        } catch (ApiException e) {
            // 401: nobody is signed in with a valid token just now (signed out, or the session
            // lapsed mid-send). That is not the write's fault: it waits for its author to sign in.
            boolean signedOut = e.status() == 401;
            if (e.isTransient() || signedOut) {
                Duration wait = backoff(attempts, e);
                log.info("Outbox {} {} will retry in {} ms: {}", row.kind(), row.id(), wait.toMillis(),
                        e.getClass().getSimpleName());
                byte[] note = sealer.seal(OutboxCodec.writeOutcome(new OutboxCodec.Outcome(signedOut
                        ? "Not sent yet: waiting for you to sign in again."
                        : "Not sent yet: " + e.userMessage() + " Caseview will keep trying.", null, null)),
                        outcomeContext(row.id()));
                long now = clock.millis();
                repository.markRetry(row.id(), attempts, now + wait.toMillis(), note, now);
                publish.accept(toEntry(repository.find(row.id()).orElseThrow()), null);
            } else {
                log.info("Outbox {} {} refused: {}", row.kind(), row.id(), e.getClass().getSimpleName());
                stop(row.withAttempts(attempts), OutboxStatus.NEEDS_ATTENTION,
                        new OutboxCodec.Outcome(e.userMessage() + quote(e), null, null));
            }
        } catch (RuntimeException bug) {
            log.error("Outbox {} {} failed unexpectedly: {}", row.kind(), row.id(), bug.getClass().getSimpleName());
            stop(row.withAttempts(attempts), OutboxStatus.NEEDS_ATTENTION, new OutboxCodec.Outcome(
                    "Caseview hit an unexpected problem sending this change. Please report it.", null, null));
        }
    }

    /** What the caseworker quotes to the service desk about a refused write. */
    private static String quote(ApiException e) {
        return e.reference() == null ? "" : " Reference for the service desk: " + e.reference() + ".";
    }

    /**
     * The caseworker's later writes to this citizen, made against the same version as the one just
     * accepted, now follow the version it produced (see {@link WriteRequest#citizenIfMatch()}).
     * One made against any other version is left as it is, to conflict for a person to settle.
     */
    private void carryOnVersion(OutboxRepository.Row row, WriteRequest sent, Object response) throws Exception {
        if (sent.citizenIfMatch() == null || !(response instanceof Citizen citizen)) {
            return;
        }
        String sawVersion = versionOf(sent.citizenIfMatch());
        String produced = "\"" + citizen.version() + "\"";
        for (OutboxRepository.Row behind : repository.untriedBehind(row.id())) {
            WriteRequest later;
            try {
                later = OutboxCodec.read(sealer.open(behind.payload(), payloadContext(behind.id())));
            } catch (Exception unreadable) {
                continue; // reported as unreadable when its turn comes
            }
            if (later.citizenIfMatch() != null && versionOf(later.citizenIfMatch()).equals(sawVersion)) {
                byte[] payload = sealer.seal(OutboxCodec.write(later.againstCitizenVersion(produced)),
                        payloadContext(behind.id()));
                repository.replaceUntriedPayload(behind.id(), payload, clock.millis());
                log.debug("Outbox {} {} now follows the version {} produced", behind.kind(), behind.id(), row.id());
            }
        }
    }

    /** "W/\"7\"" and "\"7\"" name the same version. */
    private static String versionOf(String etag) {
        String v = etag.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private void stop(OutboxRepository.Row row, OutboxStatus status, OutboxCodec.Outcome outcome) throws Exception {
        byte[] sealed = sealer.seal(OutboxCodec.writeOutcome(outcome), outcomeContext(row.id()));
        repository.markStopped(row.id(), status.name(), row.attempts(), sealed, clock.millis());
        publish.accept(toEntry(repository.find(row.id()).orElseThrow()), null);
    }

    /** Exponential with jitter, never sooner than the server asked. */
    private Duration backoff(int attempts, ApiException e) {
        long base = settings.initialBackoff().toMillis() << Math.min(20, attempts - 1);
        long capped = Math.min(base, settings.maxBackoff().toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        Duration serverAsked = switch (e) {
            case ServiceUnavailableException s -> s.retryAfter().orElse(Duration.ZERO);
            case RateLimitedException r -> r.retryAfter().orElse(Duration.ZERO);
            default -> Duration.ZERO;
        };
        return Duration.ofMillis(Math.max(jittered, serverAsked.toMillis()));
    }

    OutboxEntry toEntry(OutboxRepository.Row row) {
        OutboxStatus status = OutboxStatus.valueOf(row.status());
        String message = null;
        WriteConflict conflict = null;
        if (row.outcome() != null && row.outcome().length > 0) {
            try {
                OutboxCodec.Outcome outcome =
                        OutboxCodec.readOutcome(sealer.open(row.outcome(), outcomeContext(row.id())));
                message = outcome.message();
                if (status == OutboxStatus.CONFLICT) {
                    WriteRequest intended = OutboxCodec.read(sealer.open(row.payload(), payloadContext(row.id())));
                    conflict = new WriteConflict(row.id(), intended, outcome.serverCurrent(), outcome.serverEtag(),
                            outcome.message());
                }
            } catch (Exception unreadable) {
                message = "Details of this change can't be read on this computer.";
            }
        }
        return new OutboxEntry(row.id(), row.kind(), status, row.attempts(), Instant.ofEpochMilli(row.createdAt()),
                Instant.ofEpochMilli(row.updatedAt()), message, conflict);
    }
}
