package uk.caseview.ui.panel;

import javafx.scene.Node;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.ui.flag.CustomerFlag;

/** One panel in one customer tab. Every method is called on the FX Application Thread. */
public interface CustomerPanel {

    Node node();

    /**
     * Render the panel's slice of {@code view}: its loading, loaded (fresh or cached) or
     * unavailable state. Called each time any source of the view changes, so it must be cheap
     * and idempotent; heavy work belongs off the FX thread.
     */
    void show(CustomerView view);

    /** Keyboard shortcut for this panel: move focus to its first useful control. */
    default void focus() {
        node().requestFocus();
    }

    /**
     * A flag in the customer banner was chosen: bring its detail into view (select the debt in
     * arrears, filter to overdue evidence) and focus it. Returns false if this panel does not
     * own the flag, so the shell can ask the next one.
     */
    default boolean showDetail(CustomerFlag flag) {
        return false;
    }

    /**
     * The panel's customer is no longer the one in front: the caseworker chose another tab, or
     * closed this one (which the shell may keep, still in the scene, for a quick re-open). Put
     * away what was shown only on request, such as revealed bank details or a preview window,
     * so it never stays up beside another customer or comes back by itself. The panel keeps its
     * filters, selection and scroll position.
     */
    default void hidden() {}

    /** The tab is closing: drop listeners and cancel background work. */
    default void dispose() {}
}
