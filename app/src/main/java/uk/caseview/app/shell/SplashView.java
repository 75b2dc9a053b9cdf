package uk.caseview.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import uk.caseview.ui.widget.Layouts;

/** What shows while the backend starts: never a frozen window, and a readable reason if it fails. */
public final class SplashView extends VBox {

    private final Label status = Layouts.label("", "cv-splash-status");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button quit = new Button("Quit");

    public SplashView(String startingText, Runnable onQuit) {
        setId("splash");
        getStyleClass().add("cv-splash");
        setAlignment(Pos.CENTER);
        status.setText(startingText);
        status.setWrapText(true);
        status.setId("splash-status");
        progress.setAccessibleText("Starting");
        quit.setVisible(false);
        quit.setOnAction(e -> onQuit.run());
        getChildren().addAll(Layouts.label("Caseview", "cv-splash-title"), progress, status, quit);
    }

    public void failed(String reason) {
        progress.setVisible(false);
        status.setText(reason);
        status.getStyleClass().add("cv-danger-text");
        quit.setVisible(true);
        quit.requestFocus();
    }
}
