package uk.caseview.ui.state;

import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.caseview.ui.theme.Styles;

/**
 * Grey bars the shape of text, so the layout does not jump when data lands and the caseworker
 * can tell "still coming" from "nothing there".
 */
final class LoadingSkeleton extends VBox {

    private static final double[] WIDTHS = {0.55, 0.9, 0.75, 0.85, 0.4};

    LoadingSkeleton(String accessibleText) {
        getStyleClass().add(Styles.LOADING);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(accessibleText);
        for (double fraction : WIDTHS) {
            Region bar = new Region();
            bar.getStyleClass().add(Styles.SKELETON_BAR);
            bar.maxWidthProperty().bind(widthProperty().multiply(fraction));
            getChildren().add(bar);
        }
    }
}
