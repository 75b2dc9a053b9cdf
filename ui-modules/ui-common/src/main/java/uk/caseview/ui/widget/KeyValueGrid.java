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

    /**
     * Adds an email address. Wrapped like any value it would break wherever the width runs out
     * ("alys.pritchard@example.co" / "m"), which an agent reading it out to a caller can misread;
     * so where it does not fit on one line it breaks after the @, and only within a part that is
     * itself too long for the line.
     */
    public Label addEmail(String key, String email) {
        Label v = add(key, email);
        v.setMaxWidth(Double.MAX_VALUE); // as wide as the column, so its width says what room there is
        int at = email.indexOf('@');
        if (at > 0 && at < email.length() - 1) {
            String split = email.substring(0, at + 1) + "\n" + email.substring(at + 1);
            Runnable fit = () -> {
                double room = v.getWidth() - v.snappedLeftInset() - v.snappedRightInset();
                boolean fits = room <= 0 || TextWidths.of(email, v.getFont()) <= room;
                v.setText(fits ? email : split);
                v.setAccessibleText(key + ": " + email);
            };
            v.widthProperty().addListener((obs, was, now) -> fit.run());
            v.fontProperty().addListener((obs, was, now) -> fit.run());
        }
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
