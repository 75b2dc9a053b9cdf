package uk.caseview.ui.theme;

/**
 * The colour sets the stylesheet defines. Each is a block of looked-up colours in
 * {@code caseview.css}; switching is one style class on the scene root, not another stylesheet.
 */
public enum Palette {
    STANDARD("Standard", null),
    HIGH_CONTRAST("High contrast", "high-contrast");

    private final String displayName;
    private final String rootStyleClass;

    Palette(String displayName, String rootStyleClass) {
        this.displayName = displayName;
        this.rootStyleClass = rootStyleClass;
    }

    public String displayName() {
        return displayName;
    }

    /** The class added to the scene root, or null for the default palette. */
    public String rootStyleClass() {
        return rootStyleClass;
    }
}
