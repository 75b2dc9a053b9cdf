package uk.caseview.ui.evidence;

import java.time.LocalDate;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.caseview.sdk.model.evidence.EvidenceRequest;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.format.DateInput;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.Labels;
import uk.caseview.ui.panel.PanelContext;

/** Asks the citizen for a document: what, why, and by when. Goes through the outbox like every write. */
final class RequestEvidenceDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final ChoiceBox<EvidenceType> type = new ChoiceBox<>(FXCollections.observableArrayList(EvidenceType.values()));
    private final TextField description = new TextField();
    private final TextField dueBy = new TextField();
    private final Label message = new Label();

    RequestEvidenceDialog(Node owner, PanelContext context) {
        dialog.initOwner(owner.getScene().getWindow());
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setTitle("Request evidence");
        dialog.setHeaderText("Ask for a document");
        type.setId("request-type");
        type.setValue(EvidenceType.PAYSLIP);
        type.setAccessibleText("Type of document");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvidenceType t) {
                return t == null ? "" : Labels.humanise(t);
            }

            @Override
            public EvidenceType fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        description.setId("request-description");
        description.setPromptText("e.g. Payslips for April and May");
        description.setAccessibleText("What exactly is needed");
        LocalDate defaultDue = LocalDate.now(context.clock()).plusDays(14);
        dueBy.setId("request-due");
        dueBy.setText(Dates.format(defaultDue));
        dueBy.setAccessibleText("Due by, day first");
        message.setId("request-message");
        message.getStyleClass().add("cv-field-message");
        message.setWrapText(true);
        VBox content = new VBox(new Label("Document"), type, new Label("What is needed"), description,
                new Label("Due by"), dueBy, message);
        content.getStyleClass().add("cv-stack");
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);

        ButtonType sendType = new ButtonType("Request", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(sendType, ButtonType.CANCEL);
        Button send = (Button) dialog.getDialogPane().lookupButton(sendType);
        send.setId("request-send");
        send.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Optional<LocalDate> due = DateInput.parse(dueBy.getText());
            if (description.getText().isBlank()) {
                message.setText("Say what is needed, so the citizen knows what to send.");
                return;
            }
            if (due.isEmpty() || due.get().isBefore(LocalDate.now(context.clock()))) {
                message.setText("Enter a due date from today on, day first, like " + Dates.format(defaultDue) + ".");
                return;
            }
            var outbox = context.outbox().orElseThrow();
            EvidenceRequest request = new EvidenceRequest(type.getValue(), description.getText().strip(), due.get());
            send.setDisable(true);
            context.tasks().run(() -> outbox.submit(WriteRequest.evidenceRequest(context.nino(), request)), receipt -> {
                dialog.close();
                context.announce("Evidence request saved on this PC; it will be sent to the evidence service.");
                context.track(receipt, "Evidence request", uk.caseview.sdk.view.Source.EVIDENCE);
            }, error -> {
                send.setDisable(false);
                message.setText("The request could not be saved on this PC, so it has not been kept. Try again.");
            });
        });
        dialog.setOnShown(e -> description.requestFocus());
    }

    void show() {
        dialog.show();
    }
}
