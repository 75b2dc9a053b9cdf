package uk.caseview.app.shell;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.app.config.ConnectionChecks;
import uk.caseview.sdk.view.Source;

/**
 * What Caseview knows about reaching each of the five APIs, judged two ways.
 *
 * <p>Its own checks: a cheap probe of every API, off the FX thread, at start and then every
 * {@link ConnectionChecks#whileDown()} while any API is not answering (every
 * {@link ConnectionChecks#whileAnswering()} otherwise). And real calls: a fresh answer in a
 * customer view proves its API answers ({@link #answered}); a failed load, or a write the outbox
 * had to hold back, is a reason to check now rather than trust the last judgement
 * ({@link #recheckSoon}).
 *
 * <p>No JavaFX here: listeners are told on the monitor's own thread, and only when what it knows
 * changes, so the screen hops to the FX thread itself and is not repainted by every check.
 */
public final class ConnectionMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionMonitor.class);

    /** Hints from real calls can come in bursts (an outbox retrying); one check a second is plenty. */
    private static final Duration MIN_GAP = Duration.ofSeconds(1);

    /** What one API did when last asked. */
    public enum Health {
        UNKNOWN,
        ANSWERING,
        /** It answers, with server errors or an unreadable body. */
        ERRORS,
        /** No answer at all. */
        UNREACHABLE,
        /** Its recent calls failed and the SDK is holding new ones back, so how it fails is not known. */
        FAILING,
        /** It answers, but refuses our sign-in (401): there, and useless until the user signs in again. */
        SIGN_IN_REFUSED;

        public boolean down() {
            return this == ERRORS || this == UNREACHABLE || this == FAILING;
        }
    }

    /** What a probe of one API found. */
    public enum Outcome {
        /** It answered; any answer, a 400 or 404 included, proves it is there. */
        ANSWERED,
        /** It answered with a server error (5xx) or with something unreadable. */
        ERRORS,
        /** No answer: refused, reset or timed out. */
        UNREACHABLE,
        /** The SDK did not call it, because its recent calls failed (circuit open): still down, how is not new. */
        HELD_BACK,
        /** The check couldn't be made for reasons of our own (too many calls in flight): nothing learnt. */
        NO_NEWS,
        /** It answered 401: the token is missing, expired or refused. */
        SIGNED_OUT
    }

    /** Checks one API; blocks; never throws (a failure to check is an outcome). */
    @FunctionalInterface
    public interface Probe {
        Outcome check(Source source);
    }

    /** Every API's health at one moment. */
    public record Snapshot(Map<Source, Health> health) {

        public Snapshot {
            EnumMap<Source, Health> copy = new EnumMap<>(Source.class);
            for (Source s : Source.values()) {
                copy.put(s, health.getOrDefault(s, Health.UNKNOWN));
            }
            health = Collections.unmodifiableMap(copy);
        }

        public static Snapshot unknown() {
            return new Snapshot(Map.of());
        }

        public Health of(Source source) {
            return health.get(source);
        }

        public List<Source> notAnswering() {
            return health.entrySet().stream().filter(e -> e.getValue().down()).map(Map.Entry::getKey).toList();
        }

        /**
         * SIGN_IN_REQUIRED while any API refuses our token (a 401 must lead to sign-in, never to
         * "Connected"); else CONNECTED while nothing is known to be down; UNREACHABLE once every API has been asked and
         * none answers; DEGRADED when some answer and some don't; UNKNOWN until there is anything to say.
         */
        public ConnectionState state() {
            if (health.containsValue(Health.SIGN_IN_REFUSED)) {
                return ConnectionState.SIGN_IN_REQUIRED;
            }
            boolean anyAnswering = health.containsValue(Health.ANSWERING);
            boolean anyUnknown = health.containsValue(Health.UNKNOWN);
            boolean anyDown = !notAnswering().isEmpty();
            if (!anyDown) {
                return anyAnswering ? ConnectionState.CONNECTED : ConnectionState.UNKNOWN;
            }
            if (anyAnswering) {
                return ConnectionState.DEGRADED;
            }
            return anyUnknown ? ConnectionState.UNKNOWN : ConnectionState.UNREACHABLE;
        }

        /** The status bar's words. */
        public String text() {
            return switch (state()) {
                case UNKNOWN -> ConnectionState.UNKNOWN.text();
                case CONNECTED -> ConnectionState.CONNECTED.text();
                case SIGN_IN_REQUIRED -> ConnectionState.SIGN_IN_REQUIRED.text();
                case DEGRADED -> "Connected, but not answering: " + String.join(", ",
                        notAnswering().stream().map(Source::serviceName).toList());
                // Only when every one of them was seen answering with errors is "can't reach" the wrong word.
                case UNREACHABLE -> health.values().stream().allMatch(h -> h == Health.ERRORS)
                        ? "The services are answering with errors: showing saved data where there is some"
                        : ConnectionState.UNREACHABLE.text();
            };
        }
    }

    private final Probe probe;
    private final ConnectionChecks checks;
    private final Consumer<Snapshot> listener;
    private final ScheduledExecutorService scheduler;
    private final EnumMap<Source, Health> health = new EnumMap<>(Source.class);
    // Per API, the newest evidence applied: a probe that started before a real answer must not undo it.
    private final EnumMap<Source, Long> evidenceAt = new EnumMap<>(Source.class);
    private long ticket;
    private long lastCheckEndedNanos = Long.MIN_VALUE;
    private ScheduledFuture<?> next;
    private boolean started;
    private boolean closed;

    public ConnectionMonitor(Probe probe, ConnectionChecks checks, Consumer<Snapshot> listener) {
        this.probe = probe;
        this.checks = checks;
        this.listener = listener;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("caseview-connection-check").factory());
        for (Source s : Source.values()) {
            health.put(s, Health.UNKNOWN);
            evidenceAt.put(s, 0L);
        }
    }

    /** Checks now, in the background, and then on the schedule. */
    public synchronized void start() {
        if (started || closed) {
            return;
        }
        started = true;
        schedule(Duration.ZERO);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(health);
    }

    /** A real call to {@code source} got an answer from it. Any thread. */
    public void answered(Source source) {
        Snapshot changed;
        synchronized (this) {
            changed = apply(Map.of(source, Health.ANSWERING), ++ticket);
        }
        tell(changed);
    }

    /**
     * Something suggests what is known may be out of date: a load failed, a write was held back,
     * or a write went through while an API was thought down. Checks soon, in the background.
     */
    public synchronized void recheckSoon() {
        if (started && !closed) {
            long sinceLast = System.nanoTime() - lastCheckEndedNanos;
            schedule(lastCheckEndedNanos == Long.MIN_VALUE || sinceLast >= MIN_GAP.toNanos()
                    ? Duration.ZERO : MIN_GAP.minusNanos(sinceLast));
        }
    }

    /**
     * Probes every API once, in parallel, and applies what it finds. Blocks for as long as the
     * slowest probe: call it off the FX thread (the schedule does).
     */
    public Snapshot checkNow() {
        long startedAt;
        synchronized (this) {
            startedAt = ++ticket;
        }
        Map<Source, Outcome> outcomes = new EnumMap<>(Source.class);
        try (var probes = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<Source, Future<Outcome>> running = new EnumMap<>(Source.class);
            for (Source s : Source.values()) {
                running.put(s, probes.submit(() -> probe.check(s)));
            }
            for (Map.Entry<Source, Future<Outcome>> e : running.entrySet()) {
                outcomes.put(e.getKey(), outcome(e.getValue()));
            }
        }
        Snapshot changed;
        Snapshot now;
        synchronized (this) {
            EnumMap<Source, Health> found = new EnumMap<>(Source.class);
            outcomes.forEach((s, o) -> found.put(s, judge(health.get(s), o)));
            changed = apply(found, startedAt);
            lastCheckEndedNanos = System.nanoTime();
            now = new Snapshot(health);
        }
        tell(changed);
        return now;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        scheduler.shutdownNow();
    }

    /** A held-back call says the API failed lately, not how: keep the detail if it was already down. */
    static Health judge(Health before, Outcome outcome) {
        return switch (outcome) {
            case ANSWERED -> Health.ANSWERING;
            case ERRORS -> Health.ERRORS;
            case UNREACHABLE -> Health.UNREACHABLE;
            case HELD_BACK -> before.down() ? before : Health.FAILING;
            case NO_NEWS -> before;
            case SIGNED_OUT -> Health.SIGN_IN_REFUSED;
        };
    }

    private static Outcome outcome(Future<Outcome> f) {
        try {
            Outcome o = f.get();
            return o == null ? Outcome.NO_NEWS : o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.NO_NEWS;
        } catch (ExecutionException e) {
            LOG.warn("A connection check failed unexpectedly: {}", e.getCause().getClass().getSimpleName());
            return Outcome.UNREACHABLE;
        }
    }

    /** @return the new snapshot if anything changed, else null. Caller holds the lock. */
    private Snapshot apply(Map<Source, Health> found, long evidenceTicket) {
        boolean changed = false;
        for (Map.Entry<Source, Health> e : found.entrySet()) {
            if (evidenceTicket < evidenceAt.get(e.getKey())) {
                continue;
            }
            evidenceAt.put(e.getKey(), evidenceTicket);
            changed |= health.put(e.getKey(), e.getValue()) != e.getValue();
        }
        return changed ? new Snapshot(health) : null;
    }

    private void tell(Snapshot changed) {
        if (changed == null) {
            return;
        }
        try {
            listener.accept(changed);
        } catch (RuntimeException e) {
            LOG.warn("A connection listener failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Books the next check in {@code delay}, unless one is already booked sooner. Caller holds the lock. */
    private void schedule(Duration delay) {
        if (closed) {
            return;
        }
        if (next != null && !next.isDone()) {
            if (next.getDelay(TimeUnit.NANOSECONDS) <= delay.toNanos()) {
                return;
            }
            next.cancel(false);
        }
        next = scheduler.schedule(this::scheduledCheck, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void scheduledCheck() {
        synchronized (this) {
            next = null;
        }
        Snapshot now;
        try {
            now = checkNow();
        } catch (RuntimeException e) {
            LOG.warn("Connection check failed unexpectedly: {}", e.getClass().getSimpleName());
            now = snapshot();
        }
        synchronized (this) {
            if (next == null) {
                schedule(now.state() == ConnectionState.CONNECTED ? checks.whileAnswering() : checks.whileDown());
            }
        }
    }
}
