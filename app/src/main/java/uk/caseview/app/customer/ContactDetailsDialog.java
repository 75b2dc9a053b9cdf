package uk.caseview.app.customer;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;

/**
 * Updates phone, mobile and email, each checked as it is typed. The write carries the version
 * the caseworker saw (If-Match), so a change made elsewhere meanwhile becomes a conflict for a
 * person to settle, never a silent overwrite.
 */
public final class ContactDetailsDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField phone = new TextField();
    private final TextField mobile = new TextField();
    private final TextField email = new TextField();
    private final Label phoneMessage = message("contact-phone-message");
    private final Label mobileMessage = message("contact-mobile-message");
    private final Label emailMessage = message("contact-email-message");
    private final Label result = message("contact-message");

    public ContactDetailsDialog(Window owner, Theme theme, Citizen citizen, Outbox outbox, BackgroundTasks tasks,
            Consumer<OutboxReceipt> onSaved) {
        dialog.initOwner(owner);
        dialog.setTitle("Update contact details");
        dialog.setHeaderText("Contact details for " + citizen.name().fullName());
        theme.applyTo(dialog.getDialogPane().getScene());
        ContactDetails now = citizen.contact() == null ? new ContactDetails(null, null, null) : citizen.contact();
        setUp(phone, "contact-phone", "Phone", now.phone());
        setUp(mobile, "contact-mobile", "Mobile", now.mobile());
        setUp(email, "contact-email", "Email", now.email());
        phone.textProperty().addListener((o, a, b) -> show(phoneMessage, ContactValidation.phoneProblem(b, false)));
        mobile.textProperty().addListener((o, a, b) -> show(mobileMessage, ContactValidation.phoneProblem(b, true)));
        email.textProperty().addListener((o, a, b) -> show(emailMessage, ContactValidation.emailProblem(b)));

        GridPane form = new GridPane();
        form.getStyleClass().add("cv-form");
        form.addRow(0, new Label("Phone"), phone);
        form.add(phoneMessage, 1, 1);
        form.addRow(2, new Label("Mobile"), mobile);
        form.add(mobileMessage, 1, 3);
        form.addRow(4, new Label("Email"), email);
        form.add(emailMessage, 1, 5);
        VBox content = new VBox(form, result);
        content.getStyleClass().add("cv-stack");
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);

        ButtonType saveType = new ButtonType("Save changes", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("contact-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            boolean bad = show(phoneMessage, ContactValidation.phoneProblem(phone.getText(), false))
                    | show(mobileMessage, ContactValidation.phoneProblem(mobile.getText(), true))
                    | show(emailMessage, ContactValidation.emailProblem(email.getText()));
            if (bad) {
                result.setText("Correct the marked details first; nothing has been saved.");
                return;
            }
            ContactDetails details = new ContactDetails(clean(phone.getText(), true), clean(mobile.getText(), true),
                    clean(email.getText(), false));
            save.setDisable(true);
            String ifMatch = "\"" + citizen.version() + "\"";
            tasks.run(() -> outbox.submit(WriteRequest.contactDetails(
                    uk.caseview.sdk.Nino.parse(citizen.nino()), details, ifMatch)), receipt -> {
                        dialog.close();
                        onSaved.accept(receipt);
                    }, error -> {
                        save.setDisable(false);
                        result.setText("The change could not be saved on this PC, so it has not been kept. Try again.");
                    });
        });
    }

    public void show() {
        dialog.show();
    }

    private static String clean(String typed, boolean isPhone) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return isPhone ? ContactValidation.normalisePhone(typed) : typed.strip();
    }

    private static void setUp(TextField field, String id, String name, String value) {
        field.setId(id);
        field.setAccessibleText(name);
        field.setText(value == null ? "" : value);
        field.setPrefColumnCount(22);
    }

    private static Label message(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("cv-field-message");
        l.setWrapText(true);
        l.setManaged(false);
        return l;
    }

    /** Shows or clears a field's message; true when there is a problem. */
    private static boolean show(Label label, Optional<String> problem) {
        label.setText(problem.orElse(""));
        label.setManaged(problem.isPresent());
        return problem.isPresent();
    }
}
