package uk.caseview.ui.widget;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import uk.caseview.ui.theme.Styles;

/**
 * Two columns of "what" and "value", the way a caseworker scans details on a call. Values wrap
 * rather than clip, so a long address or a larger font never hides text.
 */
public final class KeyValueGrid extends GridPane {

    private int rows;

    public KeyValueGrid() {
        getStyleClass().add("cv-key-value-grid");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        getColumnConstraints().addAll(keys, values);
    }

    /** Adds a row and returns the value label, so callers can give it an id or update it. */
    public Label add(String key, String value) {
        Label v = new Label(value);
        v.getStyleClass().add(Styles.VALUE);
        v.setWrapText(true);
        add(key, v);
        return v;
    }

    public void add(String key, Node value) {
        Label k = new Label(key);
        k.getStyleClass().add(Styles.KEY);
        k.setMinWidth(USE_PREF_SIZE);
        k.setLabelFor(value);
        addRow(rows++, k, value);
        if (value instanceof Label label && label.getAccessibleText() == null) {
            label.setAccessibleText(key + ": " + label.getText());
            label.textProperty().addListener((obs, old, now) -> label.setAccessibleText(key + ": " + now));
        }
    }

    public void clear() {
        getChildren().clear();
        rows = 0;
    }
}
