package uk.caseview.ui.panel;

/** Where the shell puts a panel on the customer screen. */
public enum Placement {
    /** The narrow column down the left: identity and household, read first on every call. */
    SIDE,
    /** The main grid beside it. */
    MAIN
}
