package uk.caseview.ui.state;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.caseview.ui.theme.Styles;

/**
 * "Unavailable: reason", the reference to quote to the service desk (with Copy), and a Retry
 * button; the rest of the screen carries on regardless.
 */
final class UnavailableNotice extends VBox {

    private final Label message = new Label();
    private final Label reference = new Label();
    private final Button copy = new Button("Copy reference");
    /** Copy under the reference, which wraps: in a narrow side panel neither is cut short. */
    private final VBox referenceRow = new VBox(reference, copy);
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
        reference.getStyleClass().add(Styles.MUTED);
        reference.setId("unavailable-reference");
        copy.getStyleClass().add(Styles.BUTTON_QUIET);
        copy.setId("copy-reference");
        referenceRow.setAlignment(Pos.CENTER_LEFT);
        reference.setWrapText(true);
        reference.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A wrapped label still asks for its one-line width; the notice must not grow its panel for it.
        reference.setMinWidth(0);
        referenceRow.setMinWidth(0);
        getChildren().addAll(message, referenceRow, retry);
    }

    void show(String reason, String ref) {
        message.setText("Unavailable: " + reason);
        boolean hasRef = ref != null;
        referenceRow.setVisible(hasRef);
        referenceRow.setManaged(hasRef);
        if (hasRef) {
            reference.setText("Reference for the service desk: " + ref);
            copy.setText("Copy reference");
            copy.setAccessibleText("Copy the reference " + ref);
            copy.setOnAction(e -> {
                javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
                c.putString(ref);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
                copy.setText("Copied");
            });
        }
        retry.setDisable(false);
        retry.setText("Retry");
    }

    Button retryButton() {
        return retry;
    }
}
