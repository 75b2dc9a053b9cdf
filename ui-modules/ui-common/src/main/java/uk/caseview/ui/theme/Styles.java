package uk.caseview.ui.theme;

/** Style class names shared by code and {@code caseview.css}; code never sets colours itself. */
public final class Styles {

    private Styles() {}

    public static final String PANEL = "cv-panel";
    public static final String PANEL_HEADER = "cv-panel-header";
    public static final String PANEL_TITLE = "cv-panel-title";
    public static final String PANEL_BODY = "cv-panel-body";

    public static final String SECTION_TITLE = "cv-section-title";
    public static final String MUTED = "cv-muted";
    public static final String FIGURE = "cv-figure";
    public static final String FIGURE_CAPTION = "cv-figure-caption";
    public static final String KEY = "cv-key";
    public static final String VALUE = "cv-value";
    public static final String CARD = "cv-card";
    public static final String EMPTY = "cv-empty";

    public static final String BADGE = "cv-badge";
    public static final String PILL = "cv-pill";

    public static final String LOADING = "cv-loading";
    public static final String SKELETON_BAR = "cv-skeleton-bar";
    public static final String UNAVAILABLE = "cv-unavailable";
    public static final String UNAVAILABLE_MESSAGE = "cv-unavailable-message";

    public static final String BUTTON_PRIMARY = "cv-button-primary";
    public static final String BUTTON_QUIET = "cv-button-quiet";
    public static final String NUMERIC = "cv-numeric";
    public static final String FILTER_BAR = "cv-filter-bar";
    /** A panel's box of the caseworker's own changes not yet confirmed by the service. */
    public static final String PENDING_BOX = "cv-pending-box";
}
