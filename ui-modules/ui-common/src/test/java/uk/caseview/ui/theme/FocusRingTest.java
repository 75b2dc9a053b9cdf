package uk.caseview.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The focus ring is drawn outside a button's edge. Drawn inside it, it took room from the label,
 * and a button sized to its label unfocused (a dialog's uniform button bar) cut its own label
 * short the moment it took focus ("Save chan…" at 130 %).
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingTest {

    private final Theme theme = new Theme();
    private List<ButtonBase> buttons;

    @Start
    void start(Stage stage) {
        Button plain = new Button("Save changes");
        Button primary = new Button("Send");
        primary.getStyleClass().add(Styles.BUTTON_PRIMARY);
        Button quiet = new Button("Retry");
        quiet.getStyleClass().add(Styles.BUTTON_QUIET);
        buttons = List.of(plain, primary, quiet, new ToggleButton("Overdue 3"), new Hyperlink("Open in debt workspace"));
        Scene scene = new Scene(new HBox(12, buttons.toArray(javafx.scene.Node[]::new)), 900, 200);
        theme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void takingFocusNeverTakesRoomFromAButtonsLabel() throws Exception {
        for (double scale : new double[] {1.0, 1.3, Theme.MAX_SCALE}) {
            onFx(() -> theme.setFontScale(scale));
            for (ButtonBase button : buttons) {
                Insets[] unfocused = new Insets[1];
                onFx(() -> {
                    button.getScene().getRoot().requestFocus();
                    button.getScene().getRoot().applyCss();
                    unfocused[0] = button.getInsets();
                    button.requestFocus();
                    button.applyCss();
                });
                Insets[] focused = new Insets[1];
                onFx(() -> focused[0] = button.getInsets());
                assertThat(button.isFocused()).as(button.getText()).isTrue();
                // No side may grow: a focused button's label has at least the room it had.
                String at = button.getText() + " at " + scale;
                assertThat(focused[0].getLeft()).as(at).isLessThanOrEqualTo(unfocused[0].getLeft());
                assertThat(focused[0].getRight()).as(at).isLessThanOrEqualTo(unfocused[0].getRight());
                assertThat(focused[0].getTop()).as(at).isLessThanOrEqualTo(unfocused[0].getTop());
                assertThat(focused[0].getBottom()).as(at).isLessThanOrEqualTo(unfocused[0].getBottom());
            }
        }
    }

    private static void onFx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
