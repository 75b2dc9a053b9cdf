package uk.caseview.app.shell;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/**
 * Locks the window after a spell without keyboard or mouse input: the caller hides every
 * customer and asks for sign-in again. A timer on the FX thread, reset by any input event that
 * reaches the scene; it does no I/O.
 */
public final class IdleLock {

    private final PauseTransition timer;
    private final Scene scene;
    private final EventHandler<InputEvent> anyInput;

    /** @param onIdle run on the FX thread once the window has been idle for {@code after} */
    public IdleLock(Scene scene, java.time.Duration after, Runnable onIdle) {
        this.scene = scene;
        this.timer = new PauseTransition(Duration.millis(after.toMillis()));
        timer.setOnFinished(e -> onIdle.run());
        this.anyInput = e -> timer.playFromStart();
        scene.addEventFilter(InputEvent.ANY, anyInput);
    }

    /** Starts (or restarts) counting idle time. */
    public void arm() {
        timer.playFromStart();
    }

    /** Stops counting, e.g. while the sign-in screen is showing. */
    public void disarm() {
        timer.stop();
    }

    public void dispose() {
        timer.stop();
        scene.removeEventFilter(InputEvent.ANY, anyInput);
    }
}
