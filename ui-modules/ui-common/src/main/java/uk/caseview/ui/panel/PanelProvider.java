package uk.caseview.ui.panel;

/**
 * How a panel module plugs into the shell. Each panel module lists its provider in
 * {@code META-INF/services/uk.caseview.ui.panel.PanelProvider}; the shell discovers them with
 * {@link java.util.ServiceLoader} and names no panel class, so a sixth source is a new module
 * and one line of registration.
 */
public interface PanelProvider {

    /** Stable id, used for keyboard shortcuts, accessibility ids and saved layouts. */
    String id();

    /** The panel's heading, as a caseworker reads it. */
    String title();

    /** Where the panel sits: lower comes first. */
    int order();

    /** SIDE for the narrow identity column, MAIN for the grid beside it. */
    default Placement placement() {
        return Placement.MAIN;
    }

    /**
     * Keys the panel answers itself, for the F1 overlay, so the list a caseworker reads is the
     * list that works. The shell's own shortcuts (Ctrl+number to reach the panel) are not repeated.
     */
    default java.util.List<KeyHint> keys() {
        return java.util.List.of();
    }

    /** A fresh panel for one customer tab. Called on the FX Application Thread. */
    CustomerPanel create(PanelContext context);
}
