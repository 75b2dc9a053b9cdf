package uk.caseview.app.shell;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.widget.Layouts;

/** F1: every shortcut, generated from {@link Shortcut} and the discovered panels, so it never goes stale. */
public final class HelpOverlay extends StackPane {

    private final Button close = new Button("Close");

    public HelpOverlay(List<PanelProvider> panels, boolean notesAvailable) {
        setId("help-overlay");
        getStyleClass().add("cv-overlay");
        // Two columns, the shell's keys and the panels', so the list still fits a 900 px screen at larger text.
        GridPane shell = new GridPane();
        shell.getStyleClass().add("cv-shortcut-grid");
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            if (s == Shortcut.NEW_NOTE && !notesAvailable) {
                continue;
            }
            shell.addRow(row++, key(s.keys().getDisplayText()), new Label(s.description()));
        }
        GridPane panelKeys = new GridPane();
        panelKeys.getStyleClass().add("cv-shortcut-grid");
        row = 0;
        for (int i = 0; i < panels.size() && i < 9; i++) {
            panelKeys.addRow(row++, key(Shortcut.panel(i + 1).getDisplayText()), new Label("Go to " + panels.get(i).title()));
        }
        for (PanelProvider panel : panels) {
            if (!panel.keys().isEmpty()) {
                panelKeys.add(Layouts.label("In " + panel.title(), "cv-overlay-section"), 0, row++, 2, 1);
                for (uk.caseview.ui.panel.KeyHint hint : panel.keys()) {
                    panelKeys.addRow(row++, key(hint.keys()), new Label(hint.does()));
                }
            }
        }
        javafx.scene.layout.HBox grid = new javafx.scene.layout.HBox(shell, panelKeys);
        grid.getStyleClass().add("cv-shortcut-columns");
        Label title = Layouts.label("Keyboard shortcuts", "cv-overlay-title");
        close.setId("help-close");
        close.setOnAction(e -> hide());
        VBox card = new VBox(title, grid, close);
        card.getStyleClass().add("cv-overlay-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        setVisible(false);
        setAccessibleText("Keyboard shortcuts");
    }

    public void toggle() {
        if (isVisible()) {
            hide();
        } else {
            setVisible(true);
            close.requestFocus();
        }
    }

    public void hide() {
        setVisible(false);
    }

    private static Label key(String text) {
        return Layouts.label(text, "cv-key-cap");
    }
}
