package uk.caseview.app.audit;

import java.time.ZoneId;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.model.citizen.AuditEvent;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;
import uk.caseview.ui.widget.Columns;

/**
 * A team leader's view of who opened a customer's record, who revealed what and who changed it,
 * newest first, with each reason given. Read from the citizen service each time it opens (a copy
 * kept on this PC would be out of date the moment someone else opened the record).
 */
public final class AuditTrailDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<AuditEvent> table = new TableView<>();
    private final Label message = new Label("Loading the audit trail…");

    public AuditTrailDialog(Window owner, Theme theme, Nino nino, String customerName, CaseviewApis apis,
            BackgroundTasks tasks, ZoneId zone) {
        dialog.initOwner(owner);
        dialog.setTitle("Audit trail");
        dialog.setHeaderText("Audit trail for " + (customerName == null ? nino.formatted() : customerName));
        theme.applyTo(dialog.getDialogPane().getScene());
        table.setId("audit-trail");
        table.setAccessibleText("Audit trail, newest first");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nobody has opened or changed this record yet."));
        table.getColumns().add(Columns.plain("When", 140, e -> Dates.format(e.occurredAt(), zone)));
        table.getColumns().add(Columns.plain("Who", 250, e -> e.staffName() + " (" + e.staffId() + ")"));
        table.getColumns().add(Columns.plain("What", 220,
                e -> e.detail() == null ? e.action().label() : e.action().label() + ": " + e.detail()));
        table.getColumns().add(Columns.plain("Reason", 260, e -> e.reason() == null ? "" : e.reason()));
        table.setPrefSize(900, 380);
        message.setId("audit-trail-message");
        message.setWrapText(true);
        message.getStyleClass().add("cv-muted");
        VBox content = new VBox(message, table);
        content.getStyleClass().add("cv-stack");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);

        tasks.run(() -> apis.citizen().listAuditEvents(nino.value()), list -> {
            table.setItems(FXCollections.observableArrayList(list.events()));
            message.setText(list.events().size() == 1 ? "1 entry, newest first."
                    : list.events().size() + " entries, newest first.");
        }, error -> message.setText("The audit trail couldn't be read just now (the citizen service didn't answer). "
                + "Close this and try again in a moment." + uk.caseview.ui.format.ServiceDeskReference.sentence(error)));
    }

    public void show() {
        dialog.show();
    }

}
