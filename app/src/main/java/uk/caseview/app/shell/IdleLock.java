package uk.caseview.app.shell;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the window after a spell without keyboard or mouse input: the caller hides every
 * customer and asks for sign-in again.
 *
 * <p>Not a JavaFX animation: a running {@code PauseTransition} keeps the toolkit pulsing about
 * 60 times a second for as long as it runs, which for a 15-minute timer is all day. Input only
 * notes the time; one scheduler thread wakes when the idle time could first have passed, and
 * either locks (on the FX thread) or sleeps again for what remains.
 */
public final class IdleLock {

    private final Scene scene;
    private final long afterNanos;
    private final Runnable onIdle;
    private final LongSupplier clock;
    private final EventHandler<InputEvent> anyInput;
    private final ScheduledExecutorService scheduler;
    private volatile long lastInput;
    private ScheduledFuture<?> check; // touched on the FX thread only
    private boolean armed;

    /** @param onIdle run on the FX thread once the window has been idle for {@code after} */
    public IdleLock(Scene scene, Duration after, Runnable onIdle) {
        this.scene = scene;
        this.afterNanos = after.toNanos();
        this.onIdle = onIdle;
        this.clock = System::nanoTime;
        this.lastInput = clock.getAsLong();
        this.anyInput = e -> lastInput = clock.getAsLong();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "caseview-idle-lock");
            t.setDaemon(true);
            return t;
        });
        scene.addEventFilter(InputEvent.ANY, anyInput);
    }

    /** Starts (or restarts) counting idle time. */
    public void arm() {
        lastInput = clock.getAsLong();
        armed = true;
        schedule(afterNanos);
    }

    /** Stops counting, e.g. while the sign-in screen is showing. */
    public void disarm() {
        armed = false;
        cancel();
    }

    public void dispose() {
        disarm();
        scene.removeEventFilter(InputEvent.ANY, anyInput);
        scheduler.shutdownNow();
    }

    private void schedule(long delayNanos) {
        cancel();
        check = scheduler.schedule(() -> Platform.runLater(this::checkIdle), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void checkIdle() {
        if (!armed) {
            return;
        }
        long idleFor = clock.getAsLong() - lastInput;
        if (idleFor >= afterNanos) {
            armed = false;
            onIdle.run();
        } else {
            schedule(afterNanos - idleFor);
        }
    }

    private void cancel() {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }
}
