package uk.caseview.app.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PopupControl;
import javafx.scene.control.Skin;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.Nino;

/**
 * The recent customers matching what is typed in the search box, in a list under it.
 *
 * <p>The list is worked out on the FX thread as each character is typed: it filters the
 * in-memory recent list (at most {@value RecentCustomers#LIMIT} entries, no I/O). ControlsFX's
 * auto-completion, used before, fetched on a background thread after a delay, so a list for a
 * half-typed number could pop up after Enter had opened the whole one and stay over the customer's
 * header. Its rows were a fixed 24 px high, so at larger text sizes they were cut off (decision 0305).
 *
 * <p>The popup is a {@link PopupControl} owned by the field, so its rows inherit the window's text size
 * and palette through CSS. It never takes focus: the field keeps the caret, and {@link #key} is given
 * the field's key presses.
 */
final class RecentSuggestions {

    static final int MAX_ROWS = 8;
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final TextField field;
    private final RecentCustomers recent;
    private final Consumer<Nino> open;
    private final VBox rows = new VBox();
    private final PopupControl popup = new PopupControl();
    private List<RecentCustomers.Entry> shown = List.of();
    private int highlighted = -1;

    RecentSuggestions(TextField field, RecentCustomers recent, Consumer<Nino> open) {
        this.field = field;
        this.recent = recent;
        this.open = open;
        rows.setId("nino-suggestions");
        rows.getStyleClass().add("cv-suggestions");
        rows.setAccessibleRole(AccessibleRole.LIST_VIEW);
        popup.setSkin(new Skin<PopupControl>() {
            @Override
            public PopupControl getSkinnable() {
                return popup;
            }

            @Override
            public Node getNode() {
                return rows;
            }

            @Override
            public void dispose() {}
        });
        popup.setAutoHide(true);
        // A click elsewhere closes the list and still does what it was aimed at.
        popup.setConsumeAutoHidingEvents(false);
        // Escape is handled in key(), which closes the list before it clears the field.
        popup.setHideOnEscape(false);
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                hide();
            }
        });
    }

    /**
     * Shows the customers matching {@code typed}, or hides the list. A complete, valid NINO shows
     * nothing: Enter then opens exactly that number.
     *
     * @return whether any recent customer matches (shown, or not while the field lacks focus)
     */
    boolean update(String typed) {
        highlight(-1);
        shown = Nino.isValid(typed) ? List.of() : recent.matching(typed).stream().limit(MAX_ROWS).toList();
        rows.getChildren().setAll(shown.stream().map(this::row).toList());
        if (shown.isEmpty() || !field.isFocused() || field.getScene() == null || field.getScene().getWindow() == null) {
            hide();
            return !shown.isEmpty();
        }
        rows.setMinWidth(field.getWidth());
        if (!popup.isShowing()) {
            Bounds screen = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, screen.getMinX(), screen.getMaxY());
        }
        return true;
    }

    /**
     * Down and Up move through the list, Enter opens the highlighted customer and Escape closes
     * the list. Returns whether the key was used here (so the field should not act on it too).
     */
    boolean key(KeyEvent e) {
        if (!popup.isShowing()) {
            return false;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            // -1 is the typed text itself: Down from it reaches the first row, Up from the first row returns to it.
            int next = highlighted + (code == KeyCode.DOWN ? 1 : -1);
            highlight(next >= shown.size() ? -1 : next < -1 ? shown.size() - 1 : next);
            return true;
        }
        if (code == KeyCode.ENTER && highlighted >= 0) {
            choose(shown.get(highlighted));
            return true;
        }
        if (code == KeyCode.ESCAPE) {
            hide();
            return true;
        }
        return false;
    }

    /** The one customer listed, when exactly one matches: Enter on a surname then opens them. */
    Optional<Nino> onlyOne() {
        return popup.isShowing() && shown.size() == 1 ? Optional.of(shown.get(0).nino()) : Optional.empty();
    }

    void hide() {
        popup.hide();
        highlight(-1);
    }

    private Label row(RecentCustomers.Entry entry) {
        Label row = new Label(entry.display());
        row.getStyleClass().add("cv-suggestion");
        row.setAccessibleRole(AccessibleRole.LIST_ITEM);
        row.setMaxWidth(Double.MAX_VALUE);
        // The whole NINO and name, never an ellipsis: the list widens instead.
        row.setMinWidth(Region.USE_PREF_SIZE);
        row.setOnMouseClicked(e -> choose(entry));
        return row;
    }

    private void highlight(int index) {
        highlighted = index;
        for (int i = 0; i < rows.getChildren().size(); i++) {
            rows.getChildren().get(i).pseudoClassStateChanged(HIGHLIGHTED, i == index);
        }
        // A screen reader reads the highlighted customer as the field's help; the field's own help (a
        // typing problem, SearchBar.showProblem) is left alone.
        if (index >= 0) {
            field.setAccessibleHelp(shown.get(index).display());
        } else if (shown.stream().anyMatch(e -> e.display().equals(field.getAccessibleHelp()))) {
            field.setAccessibleHelp(null);
        }
    }

    private void choose(RecentCustomers.Entry entry) {
        hide();
        field.setText(entry.nino().formatted());
        open.accept(entry.nino());
    }
}
