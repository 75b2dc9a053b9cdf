package uk.caseview.app.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut the shell answers, in one place, so the F1 overlay lists exactly what
 * works. Panel shortcuts are Ctrl+1 to Ctrl+9 in panel order, added as panels are discovered.
 */
public enum Shortcut {
    SEARCH(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
            "Find a customer by NINO, or a recent one by name"),
    TRACE(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "Trace a customer by surname and date of birth"),
    NEXT_FLAG(new KeyCodeCombination(KeyCode.F8), "Next flag on this customer, and its detail"),
    NEW_NOTE(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), "Record a contact note"),
    REFRESH(new KeyCodeCombination(KeyCode.F5), "Fetch this customer again"),
    CLOSE_TAB(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), "Close this customer's tab"),
    NEXT_TAB(new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN), "Next tab"),
    PREVIOUS_TAB(new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN),
            "Previous tab"),
    BIGGER_TEXT(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), "Larger text"),
    SMALLER_TEXT(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), "Smaller text"),
    RESET_TEXT(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), "Normal text size"),
    HIGH_CONTRAST(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "High-contrast colours on or off"),
    PENDING_WRITES(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "Pending and held writes: what hasn't reached the services yet"),
    HELP(new KeyCodeCombination(KeyCode.F1), "Show or hide this list");

    private final KeyCombination keys;
    private final String description;

    Shortcut(KeyCombination keys, String description) {
        this.keys = keys;
        this.description = description;
    }

    public KeyCombination keys() {
        return keys;
    }

    public String description() {
        return description;
    }

    /** Ctrl+1 .. Ctrl+9 for the n-th panel (1-based). */
    public static KeyCombination panel(int n) {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + n), KeyCombination.SHORTCUT_DOWN);
    }
}
