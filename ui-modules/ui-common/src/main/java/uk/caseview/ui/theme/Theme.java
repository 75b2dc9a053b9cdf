package uk.caseview.ui.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Caseview's look: one stylesheet layered on Modena, a palette and a font scale. Every size in
 * the stylesheet is in em, so scaling the root font size scales the whole layout with it.
 *
 * <p>One instance per application; {@link #applyTo(Scene)} each scene (main window, dialogs,
 * help overlay) and later palette or scale changes follow everywhere.
 */
public final class Theme {

    public static final String STYLESHEET =
            Objects.requireNonNull(Theme.class.getResource("caseview.css"), "caseview.css").toExternalForm();

    /** Modena's own default, in px; the scale multiplies it. */
    public static final double BASE_FONT_PX = 13;

    public static final double MIN_SCALE = 0.85;
    public static final double MAX_SCALE = 2.0;

    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.STANDARD);
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1.0);
    private final List<Scene> scenes = new ArrayList<>();
    private final List<String> extraStylesheets;

    /** @param extraStylesheets per-area stylesheets (the shell's, say), layered after the base one */
    public Theme(String... extraStylesheets) {
        this.extraStylesheets = List.of(extraStylesheets);
        palette.addListener((obs, old, now) -> scenes.forEach(this::restyle));
        fontScale.addListener((obs, old, now) -> scenes.forEach(this::restyle));
    }

    public void applyTo(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        for (String extra : extraStylesheets) {
            if (!scene.getStylesheets().contains(extra)) {
                scene.getStylesheets().add(extra);
            }
        }
        scenes.add(scene);
        scene.rootProperty().addListener((obs, old, now) -> restyle(scene));
        scene.windowProperty().addListener((obs, old, now) -> {
            if (now == null) {
                scenes.remove(scene);
            } else {
                now.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stopCaretSoon(scene));
            }
        });
        if (scene.getWindow() != null) {
            scene.getWindow().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stopCaretSoon(scene));
        }
        restyle(scene);
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** 1.0 is the designed size; clamped to what the layout is tested at. */
    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    public void setFontScale(double scale) {
        fontScale.set(Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale)));
    }

    public void stepFontScale(int steps) {
        setFontScale(Math.round((fontScale.get() + steps * 0.1) * 10) / 10.0);
    }

    /**
     * A dialog closed while a text field had focus keeps that field focused in its hidden scene,
     * and its blinking caret keeps JavaFX drawing 60 frames a second for the rest of the day.
     * Focus moves to the dialog's root as it closes, which stops the caret.
     */
    private static void stopCaretSoon(Scene scene) {
        // Not inside the hide itself: a window closed by the desktop (its close box, or the app
        // exiting) has already lost its native view, and moving focus then throws.
        javafx.application.Platform.runLater(() -> stopCaret(scene));
    }

    private static void stopCaret(Scene scene) {
        if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl && scene.getRoot() != null) {
            scene.getRoot().requestFocus();
        }
    }

    private void restyle(Scene scene) {
        Parent root = scene.getRoot();
        if (root == null) {
            return;
        }
        for (Palette p : Palette.values()) {
            if (p.rootStyleClass() != null) {
                root.getStyleClass().remove(p.rootStyleClass());
            }
        }
        if (palette.get().rootStyleClass() != null) {
            root.getStyleClass().add(palette.get().rootStyleClass());
        }
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * fontScale.get()));
    }
}
