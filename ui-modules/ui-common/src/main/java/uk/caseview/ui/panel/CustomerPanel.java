package uk.caseview.ui.panel;

import javafx.scene.Node;
import uk.caseview.sdk.view.CustomerView;

/** One panel in one customer tab. Every method is called on the FX Application Thread. */
public interface CustomerPanel {

    Node node();

    /**
     * Render the panel's slice of {@code view}: its loading, loaded (fresh or cached) or
     * unavailable state. Called each time any source of the view changes, so it must be cheap
     * and idempotent; heavy work belongs off the FX thread.
     */
    void show(CustomerView view);

    /** The tab is closing: drop listeners and cancel background work. */
    default void dispose() {}
}
