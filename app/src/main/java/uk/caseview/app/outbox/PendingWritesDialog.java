package uk.caseview.app.outbox;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.caseview.sdk.model.citizen.NewContactNote;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxListener;
import uk.caseview.sdk.outbox.OutboxStatus;
import uk.caseview.sdk.outbox.UnsentWrite;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;
import uk.caseview.ui.widget.Columns;

/**
 * Every change saved on this PC and not yet with the service: what, for whom, and why it is
 * held. A held write stops that customer's later writes, so this is where a person sends it
 * again, edits and resends it, sends theirs over someone else's change, or discards it (after
 * confirming). Queued writes are on disk, so they are listed here after a restart too.
 */
public final class PendingWritesDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<UnsentWrite> table = new TableView<>();
    private final Label message = new Label();
    private final Button retry = new Button("Send again");
    private final Button edit = new Button("Edit and resend…");
    private final Button overwrite = new Button("Send mine over theirs");
    private final Button discard = new Button("Discard…");
    private final Outbox outbox;
    private final BackgroundTasks tasks;
    private final Theme theme;
    private final OutboxListener listener;

    public PendingWritesDialog(Window owner, Theme theme, Outbox outbox, BackgroundTasks tasks, ZoneId zone) {
        this.outbox = outbox;
        this.tasks = tasks;
        this.theme = theme;
        dialog.initOwner(owner);
        dialog.setTitle("Pending and held writes");
        dialog.setHeaderText("Changes saved on this PC that the services don't have yet");
        theme.applyTo(dialog.getDialogPane().getScene());
        dialog.setResizable(true);

        table.setId("pending-writes");
        table.setAccessibleText("Pending and held writes, oldest first");
        table.setPlaceholder(new Label("Nothing is waiting: every change has reached its service."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.plain("Saved", 130, u -> Dates.format(u.entry().queuedAt(), zone)));
        // What it says, not only what kind it is: two notes for one customer are told apart at a glance.
        table.getColumns().add(Columns.plain("What", 260, uk.caseview.ui.format.PendingWrites::summary));
        table.getColumns().add(Columns.plain("Customer", 120,
                u -> u.request() == null ? "—" : u.request().nino().formatted()));
        table.getColumns().add(Columns.plain("Where it stands", 190, PendingWritesDialog::standing));
        table.getColumns().add(Columns.plain("Why", 300, PendingWritesDialog::why));
        table.setPrefSize(1040, 320);

        retry.setId("pending-retry");
        edit.setId("pending-edit");
        overwrite.setId("pending-overwrite");
        discard.setId("pending-discard");
        retry.setOnAction(e -> act("Sent again.", () -> {
            outbox.retry(selected().entry().id());
            return null;
        }));
        overwrite.setOnAction(e -> {
            UnsentWrite u = selected();
            String etag = currentEtag(u.entry().conflict());
            act("Your change goes over the current version now.", () -> {
                outbox.resubmit(u.entry().id(), u.request().againstCitizenVersion(etag));
                return null;
            });
        });
        edit.setOnAction(e -> editNote(selected()));
        discard.setOnAction(e -> confirmDiscard(selected()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> enableFor(b));
        enableFor(null);

        message.setId("pending-message");
        message.setWrapText(true);
        message.getStyleClass().add("cv-muted");
        HBox actions = new HBox(retry, edit, overwrite, discard);
        actions.getStyleClass().add("cv-row");
        VBox content = new VBox(table, actions, message);
        content.getStyleClass().add("cv-stack");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        // The list follows the outbox while open: a write that goes, or is held, moves at once.
        listener = event -> tasks.onFxThread(this::reload);
        outbox.addListener(listener);
        dialog.setOnHidden(e -> outbox.removeListener(listener));
        reload();
    }

    public void show() {
        dialog.show();
    }

    private void reload() {
        String keep = selected() == null ? null : selected().entry().id();
        tasks.run(outbox::unsent, list -> {
            table.setItems(FXCollections.observableArrayList(list));
            list.stream().filter(u -> u.entry().id().equals(keep)).findFirst()
                    .ifPresent(u -> table.getSelectionModel().select(u));
            long held = list.stream().filter(UnsentWrite::isHeld).count();
            if (list.isEmpty()) {
                message.setText("");
            } else if (held > 0) {
                message.setText(held + " held for you to look at. A held change stops that customer's later "
                        + "changes until it is sent again, edited or discarded.");
            } else {
                message.setText(list.size() + " waiting to send. They go by themselves when the service is back.");
            }
        }, error -> message.setText("Caseview couldn't read its list of unsent changes just now."));
    }

    private UnsentWrite selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void enableFor(UnsentWrite u) {
        boolean held = u != null && u.isHeld() && u.request() != null;
        boolean conflict = held && u.entry().status() == OutboxStatus.CONFLICT;
        retry.setDisable(!(held && u.entry().status() == OutboxStatus.NEEDS_ATTENTION));
        edit.setDisable(!(held && u.request() instanceof WriteRequest.ContactNoteWrite));
        overwrite.setDisable(!(conflict && u.entry().conflict() != null && currentEtag(u.entry().conflict()) != null
                && u.request().citizenIfMatch() != null));
        discard.setDisable(u == null);
    }

    private void act(String done, Callable<Void> work) {
        message.setText("Working…");
        tasks.run(work, ok -> {
            message.setText(done);
            reload();
        }, error -> message.setText("That couldn't be done: " + error.getMessage()));
    }

    private void confirmDiscard(UnsentWrite u) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(dialog.getDialogPane().getScene().getWindow());
        theme.applyTo(confirm.getDialogPane().getScene());
        confirm.setTitle("Discard this change?");
        confirm.setHeaderText("Discard the " + u.entry().description().toLowerCase(java.util.Locale.ROOT)
                + (u.request() == null ? "" : " for " + u.request().nino().formatted()) + "?");
        confirm.setContentText("It will never be sent, and it can't be got back.");
        ButtonType discardType = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
        ButtonType keepType = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);
        confirm.getButtonTypes().setAll(discardType, keepType);
        confirm.getDialogPane().lookupButton(discardType).setId("pending-discard-confirm");
        confirm.showAndWait().filter(discardType::equals).ifPresent(b -> act("Discarded.", () -> {
            outbox.discard(u.entry().id());
            return null;
        }));
    }

    /** A refused note is nearly always its text: edit it here and it goes again, in its place in line. */
    private void editNote(UnsentWrite u) {
        WriteRequest.ContactNoteWrite note = (WriteRequest.ContactNoteWrite) u.request();
        Dialog<String> editor = new Dialog<>();
        editor.initOwner(dialog.getDialogPane().getScene().getWindow());
        theme.applyTo(editor.getDialogPane().getScene());
        editor.setTitle("Edit and resend");
        editor.setHeaderText("Contact note for " + note.nino().formatted());
        TextArea text = new TextArea(note.note().text());
        text.setId("pending-edit-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        Label problem = new Label(u.entry().message() == null ? "" : u.entry().message());
        problem.setWrapText(true);
        problem.getStyleClass().add("cv-field-message");
        editor.getDialogPane().setContent(new VBox(8, problem, text));
        ButtonType resend = new ButtonType("Resend", ButtonBar.ButtonData.OK_DONE);
        editor.getDialogPane().getButtonTypes().addAll(resend, ButtonType.CANCEL);
        Button resendButton = (Button) editor.getDialogPane().lookupButton(resend);
        resendButton.setId("pending-edit-resend");
        resendButton.disableProperty().bind(text.textProperty().map(t -> t == null || t.isBlank()));
        editor.setResultConverter(b -> b == resend ? text.getText().strip() : null);
        editor.showAndWait().ifPresent(changed -> act("Your edited note is on its way.", () -> {
            outbox.resubmit(u.entry().id(), WriteRequest.contactNote(note.nino(),
                    new NewContactNote(changed, note.note().channel())));
            return null;
        }));
    }

    /**
     * The version to send "mine" over: the server's ETag when it gave one, else the version in
     * the current record it sent back (citizen ETags are the quoted version number).
     */
    private static String currentEtag(uk.caseview.sdk.outbox.WriteConflict c) {
        if (c == null) {
            return null;
        }
        if (c.serverEtag() != null) {
            return c.serverEtag();
        }
        return c.serverCurrent() != null && c.serverCurrent().hasNonNull("version")
                ? "\"" + c.serverCurrent().get("version").asText() + "\"" : null;
    }

    /**
     * The outcome the service gave; for a write this session cannot open (whose outcome can't be
     * read either), why: each person's writes are sealed with their own keys (decision 0703), so it
     * is a colleague's. Short, to fit the column: only its author can read it, here or anywhere.
     */
    public static String why(uk.caseview.sdk.outbox.UnsentWrite u) {
        if (u.request() == null) {
            return "Someone else's: it goes when they sign in";
        }
        return u.entry().message() == null ? "" : u.entry().message();
    }

    private static String standing(UnsentWrite u) {
        return switch (u.entry().status()) {
            case QUEUED -> u.entry().attempts() == 0 ? "Waiting to send" : "Waiting: will try again";
            case NEEDS_ATTENTION -> "Held: the service refused it";
            case CONFLICT -> "Held: someone else changed the record";
            default -> u.entry().status().name();
        };
    }


    /** For tests: the rows as shown. */
    List<UnsentWrite> rows() {
        return List.copyOf(table.getItems());
    }
}
