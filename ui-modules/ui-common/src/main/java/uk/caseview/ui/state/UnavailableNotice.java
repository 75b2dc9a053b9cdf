package uk.caseview.ui.state;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.caseview.ui.theme.Styles;

/** "Unavailable: reason" and a Retry button; the rest of the screen carries on regardless. */
final class UnavailableNotice extends VBox {

    private final Label message = new Label();
    private final Button retry = new Button("Retry");

    UnavailableNotice(String heading, Runnable onRetry) {
        getStyleClass().add(Styles.UNAVAILABLE);
        setAlignment(Pos.CENTER_LEFT);
        message.getStyleClass().add(Styles.UNAVAILABLE_MESSAGE);
        message.setWrapText(true);
        retry.getStyleClass().add(Styles.BUTTON_PRIMARY);
        retry.setAccessibleText("Retry " + heading);
        retry.setOnAction(e -> {
            // Held until the next state arrives, so a double click does not queue two reloads.
            retry.setDisable(true);
            retry.setText("Retrying…");
            onRetry.run();
        });
        getChildren().addAll(message, retry);
    }

    void show(String reason) {
        message.setText("Unavailable: " + reason);
        retry.setDisable(false);
        retry.setText("Retry");
    }

    Button retryButton() {
        return retry;
    }
}
