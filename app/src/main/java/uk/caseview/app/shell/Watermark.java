package uk.caseview.app.shell;

import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

/**
 * "TRAINING" repeated faintly across the screen in training mode, so a screenshot or a glance
 * over a shoulder can never pass for a live record. Transparent to the mouse and to screen
 * readers (the banner already says it).
 */
public final class Watermark extends Pane {

    public Watermark() {
        setId("training-watermark");
        getStyleClass().add("cv-watermark");
        setMouseTransparent(true);
        setFocusTraversable(false);
        setAccessibleText(null);
        widthProperty().addListener((o, a, b) -> fill());
        heightProperty().addListener((o, a, b) -> fill());
    }

    private void fill() {
        getChildren().clear();
        double stepX = 420;
        double stepY = 260;
        for (double y = 120; y < getHeight() + stepY; y += stepY) {
            for (double x = -100 + (y / stepY % 2) * stepX / 2; x < getWidth(); x += stepX) {
                Text t = new Text("TRAINING");
                t.getStyleClass().add("cv-watermark-text");
                t.setRotate(-24);
                t.relocate(x, y);
                getChildren().add(t);
            }
        }
    }
}
