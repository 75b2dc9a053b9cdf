package uk.caseview.app.audit;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.caseview.ui.theme.Theme;

/**
 * Asks why a member of staff needs to see something protected. The reason is read later by a
 * team leader reviewing access, so a word or two ("check") is not enough; the dialog stays open,
 * with the text, until the reason is recorded or they cancel.
 */
final class ReasonDialog {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 500;

    /** Records a reason; the callback gets null once it is saved, or a caseworker's message if not. */
    interface Recorder extends BiConsumer<String, Consumer<String>> {}

    private final Dialog<Void> dialog = new Dialog<>();
    private final TextArea reason = new TextArea();
    private final Label message = new Label();

    ReasonDialog(Window owner, Theme theme, String question, Recorder recorder) {
        dialog.initOwner(owner);
        dialog.setTitle("Reason needed");
        dialog.setHeaderText(question);
        theme.applyTo(dialog.getDialogPane().getScene());
        reason.setId("audit-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.setPromptText("For example: customer rang about a missing payment and passed security");
        reason.setAccessibleText("Reason");
        message.setId("audit-reason-message");
        message.getStyleClass().add("cv-field-message");
        message.setWrapText(true);
        Label explain = new Label("Your reason, your name and the time go on the customer's audit trail, "
                + "which team leaders review.");
        explain.setWrapText(true);
        explain.getStyleClass().add("cv-muted");
        VBox content = new VBox(explain, new Label("Reason"), reason, message);
        content.getStyleClass().add("cv-stack");
        content.setPrefWidth(500);
        dialog.getDialogPane().setContent(content);

        ButtonType confirmType = new ButtonType("Record reason and continue", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirmType, ButtonType.CANCEL);
        Button confirm = (Button) dialog.getDialogPane().lookupButton(confirmType);
        confirm.setId("audit-reason-confirm");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("audit-reason-cancel");
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once the reason is on record
            String problem = problem(reason.getText());
            if (problem != null) {
                message.setText(problem);
                return;
            }
            confirm.setDisable(true);
            message.setText("Recording…");
            recorder.accept(reason.getText().strip(), failure -> {
                if (failure == null) {
                    dialog.close();
                } else {
                    confirm.setDisable(false);
                    message.setText(failure + " Nothing has been shown; try again.");
                }
            });
        });
        dialog.setOnShown(e -> reason.requestFocus());
    }

    void show() {
        dialog.show();
    }

    static String problem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return "Give a reason: it goes on the customer's audit trail.";
        }
        if (t.length() < MIN_LENGTH) {
            return "Say a little more (at least " + MIN_LENGTH + " characters), so a reviewer can tell why.";
        }
        if (t.length() > MAX_LENGTH) {
            return "A reason can be at most " + MAX_LENGTH + " characters; this one is " + t.length() + ".";
        }
        return null;
    }
}
