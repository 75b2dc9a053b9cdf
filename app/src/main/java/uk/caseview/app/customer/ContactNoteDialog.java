package uk.caseview.app.customer;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.format.Labels;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;

/**
 * Records a contact note through the outbox. "Saved" means on disk in the encrypted outbox, so
 * the note survives the API being down or the PC restarting; the outbox sends it when it can.
 * If it cannot even be saved, the text stays in the box with the reason.
 */
public final class ContactNoteDialog {

    public static final int MAX_LENGTH = 2000;

    private final Dialog<Void> dialog = new Dialog<>();
    private final TextArea text = new TextArea();
    private final ChoiceBox<ContactChannel> channel = new ChoiceBox<>(FXCollections.observableArrayList(
            ContactChannel.PHONE, ContactChannel.FACE_TO_FACE, ContactChannel.LETTER, ContactChannel.EMAIL,
            ContactChannel.WEBCHAT));
    private final Label message = new Label();

    public ContactNoteDialog(Window owner, Theme theme, Nino nino, String customerName, Outbox outbox,
            BackgroundTasks tasks, Consumer<OutboxReceipt> onSaved) {
        dialog.initOwner(owner);
        dialog.setTitle("Record a contact note");
        dialog.setHeaderText("Contact note for " + (customerName == null ? nino.formatted() : customerName));
        theme.applyTo(dialog.getDialogPane().getScene());
        text.setId("note-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPromptText("What was discussed, and what happens next");
        text.setAccessibleText("Note text");
        channel.setId("note-channel");
        channel.setValue(ContactChannel.PHONE);
        channel.setAccessibleText("How the contact happened");
        channel.setConverter(new StringConverter<>() {
            @Override
            public String toString(ContactChannel c) {
                return c == null ? "" : Labels.humanise(c);
            }

            @Override
            public ContactChannel fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        message.setId("note-message");
        message.getStyleClass().add("cv-field-message");
        message.setWrapText(true);
        Label counter = new Label();
        counter.getStyleClass().add("cv-muted");
        counter.textProperty().bind(text.lengthProperty().asString("%d of " + MAX_LENGTH + " characters"));
        VBox content = new VBox(new Label("Contact by"), channel, new Label("Note"), text, counter, message);
        content.getStyleClass().add("cv-stack");
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        ButtonType saveType = new ButtonType("Save note", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("note-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the note is safely saved
            String problem = problem();
            if (problem != null) {
                message.setText(problem);
                return;
            }
            save.setDisable(true);
            message.setText("Saving…");
            NewContactNote note = new NewContactNote(text.getText().strip(), channel.getValue());
            tasks.run(() -> outbox.submit(WriteRequest.contactNote(nino, note)), receipt -> {
                dialog.close();
                onSaved.accept(receipt);
            }, error -> {
                save.setDisable(false);
                message.setText("The note could not be saved on this PC, so it has not been kept. "
                        + "Your text is still here; try again, or copy it somewhere safe.");
            });
        });
        dialog.setOnShown(e -> text.requestFocus());
    }

    public void show() {
        dialog.show();
    }

    private String problem() {
        String t = text.getText() == null ? "" : text.getText().strip();
        if (t.isEmpty()) {
            return "Write what the contact was about.";
        }
        if (t.length() > MAX_LENGTH) {
            return "A note can be at most " + MAX_LENGTH + " characters; this one is " + t.length() + ".";
        }
        return null;
    }
}
