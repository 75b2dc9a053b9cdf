package uk.caseview.ui.panel;

/** Where the shell puts a panel on the customer screen. */
public enum Placement {
    /** The narrow column down the left: identity and household, read first on every call. */
    SIDE,
    /** The main grid beside it. */
    MAIN,
    /**
     * A tall, list-like panel (the timeline) down the right when the window is wide enough;
     * on narrower windows it goes under the main grid, a scroll away.
     */
    RAIL
}
