package uk.caseview.ui.widget;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Rows and stacks whose spacing comes from the stylesheet in em, so gaps grow with the font
 * scale instead of staying at a pixel count chosen for one size.
 */
public final class Layouts {

    private Layouts() {}

    /** Left to right, vertically centred, spaced by {@code .cv-row}. */
    public static HBox row(Node... children) {
        HBox box = new HBox(children);
        box.getStyleClass().add("cv-row");
        return box;
    }

    /** Top to bottom, spaced by {@code .cv-stack}. */
    public static VBox stack(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("cv-stack");
        return box;
    }

    /** Takes the free width in a row, pushing what follows to the right. */
    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A label that gives way at large text sizes ("…") keeps its whole text in a tooltip. */
    public static void wholeInTooltip(javafx.scene.control.Labeled label) {
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(label.textProperty());
        label.setTooltip(whole);
    }
}
