package uk.caseview.app.customer;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The place of a panel that starts below the fold (the timeline under the grid on a window too
 * narrow for the rail). The panel is built and kept up to date from the start, but joins the
 * scene only when it is attached: when the caseworker scrolls, chooses it (Ctrl+number), tabs
 * into it, or a moment after the customer has loaded. Until then JavaFX spends no CSS, layout or
 * table cells on it, so the part of the screen the caseworker can see comes up sooner.
 *
 * <p>The slot keeps the panel's room in the grid meanwhile, so attaching moves nothing.
 */
final class DeferredSlot extends StackPane {

    private final Node panel;
    private boolean attached;

    /** @param focusPanel moves focus into the panel, once attached (the panel's own focus()) */
    DeferredSlot(Node panel, String title, Runnable focusPanel) {
        this.panel = panel;
        getStyleClass().add("cv-deferred-slot");
        setMinSize(0, 0);
        // Tab order still reaches the panel: focus lands here first, and is handed on at once.
        setFocusTraversable(true);
        setAccessibleText(title);
        focusedProperty().addListener((o, was, now) -> {
            if (now) {
                attach();
                focusPanel.run();
            }
        });
    }

    /** Puts the panel in the slot (and so in the scene), if it is not there already. */
    void attach() {
        seenElsewhere();
        if (panel.getParent() != this) {
            getChildren().setAll(panel);
        }
    }

    /** The panel is on screen somewhere else (the rail): nothing left to wait for. */
    void seenElsewhere() {
        attached = true;
        setFocusTraversable(false);
    }

    /** Back under the grid after sitting in the rail: the panel returns to the slot if it was ever shown. */
    void reclaim() {
        if (attached) {
            attach();
        }
    }

    boolean isAttached() {
        return attached;
    }
}
