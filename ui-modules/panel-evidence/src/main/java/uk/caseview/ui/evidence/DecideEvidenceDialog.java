package uk.caseview.ui.evidence;

import java.util.function.BiConsumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.model.evidence.EvidenceDecision;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.panel.PanelContext;

/**
 * Marks a received document verified, or rejected with a reason. A decision cannot be undone
 * (the service answers 409 to a second one), so both ask once more; the reason for a rejection
 * is what the next caseworker and the citizen are told. Goes through the outbox like every write.
 */
final class DecideEvidenceDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final TextArea reason = new TextArea();
    private final Label message = new Label();

    /** @param decided told, on the FX thread, once the decision is saved on this PC, with the outbox's receipt */
    DecideEvidenceDialog(Node owner, PanelContext context, EvidenceItem item, EvidenceDecision.Decision decision,
            BiConsumer<EvidenceDecision, OutboxReceipt> decided) {
        boolean reject = decision == EvidenceDecision.Decision.REJECTED;
        dialog.initOwner(owner.getScene().getWindow());
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setTitle(reject ? "Reject document" : "Verify document");
        dialog.setHeaderText((reject ? "Reject " : "Mark verified: ") + EvidenceViewModel.describe(item));
        message.setId("decide-message");
        message.getStyleClass().add("cv-field-message");
        message.setWrapText(true);
        VBox content = new VBox();
        content.getStyleClass().add("cv-stack");
        content.setPrefWidth(460);
        if (reject) {
            reason.setId("decide-reason");
            reason.setWrapText(true);
            reason.setPrefRowCount(3);
            reason.setPromptText("e.g. The payslip is for a different employer");
            reason.setAccessibleText("Why the document is rejected");
            content.getChildren().addAll(new Label("Why is it rejected? The customer is told this."), reason, message);
        } else {
            Label check = new Label("Only mark it verified once you have checked it is genuine, readable and about "
                    + "this customer. A decision can't be changed afterwards.");
            check.setWrapText(true);
            content.getChildren().addAll(check, message);
        }
        dialog.getDialogPane().setContent(content);

        ButtonType confirmType = new ButtonType(reject ? "Reject document" : "Mark verified",
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirmType, ButtonType.CANCEL);
        Button confirm = (Button) dialog.getDialogPane().lookupButton(confirmType);
        confirm.setId("decide-confirm");
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            String why = reason.getText() == null ? "" : reason.getText().strip();
            if (reject && why.isEmpty()) {
                message.setText("Say why it is rejected, so the customer knows what to send instead.");
                return;
            }
            if (why.length() > EvidenceDecision.MAX_REASON) {
                message.setText("A reason can be at most " + EvidenceDecision.MAX_REASON + " characters; this one is "
                        + why.length() + ".");
                return;
            }
            EvidenceDecision chosen = reject ? EvidenceDecision.rejected(why) : EvidenceDecision.verified();
            WriteRequest write = WriteRequest.evidenceDecision(context.nino(), item.evidenceId(), chosen);
            confirm.setDisable(true);
            context.tasks().run(() -> context.outbox().orElseThrow().submit(write), receipt -> {
                dialog.close();
                context.track(receipt, write.describe(), uk.caseview.sdk.view.Source.EVIDENCE);
                decided.accept(chosen, receipt);
            }, error -> {
                confirm.setDisable(false);
                message.setText("The decision could not be saved on this PC, so it has not been kept. Try again.");
            });
        });
        dialog.setOnShown(e -> (reject ? reason : confirm).requestFocus());
    }

    void show() {
        dialog.show();
    }
}
