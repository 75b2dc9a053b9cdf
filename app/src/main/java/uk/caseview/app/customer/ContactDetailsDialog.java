package uk.caseview.app.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
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
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.NewAddress;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.outbox.OutboxReceipt;
import uk.caseview.sdk.outbox.WriteRequest;
import uk.caseview.ui.format.DateInput;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Theme;

/**
 * Updates phone, mobile and email, and records a move to a new address, each checked as it is
 * typed; one Save queues whichever of the two changed. Each write carries the version the
 * caseworker saw (If-Match), so a change made elsewhere meanwhile becomes a conflict for a person
 * to settle, never a silent overwrite (the outbox carries the second of the two on past the
 * version the first produces, decision 0203).
 */
public final class ContactDetailsDialog {

    /** What the status bar calls each write. */
    public static final String CONTACT = "Contact details update";
    public static final String ADDRESS = "Address change";

    /** One write this dialog saved on this PC, and what to call it. */
    public record Saved(OutboxReceipt receipt, String what) {}

    /** What a Save got on disk, and why the rest didn't get there, if it didn't. */
    private record Outcome(List<Saved> saved, RuntimeException failure) {}

    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField phone = new TextField();
    private final TextField mobile = new TextField();
    private final TextField email = new TextField();
    private final Label phoneMessage = message("contact-phone-message");
    private final Label mobileMessage = message("contact-mobile-message");
    private final Label emailMessage = message("contact-email-message");
    private final TextField line1 = new TextField();
    private final TextField line2 = new TextField();
    private final TextField town = new TextField();
    private final TextField postcode = new TextField();
    private final TextField movedOn = new TextField();
    private final Label line1Message = message("address-line1-message");
    private final Label line2Message = message("address-line2-message");
    private final Label townMessage = message("address-town-message");
    private final Label postcodeMessage = message("address-postcode-message");
    private final Label movedOnMessage = message("address-from-message");
    private final Label result = message("contact-message");
    /** Address fields the caseworker has typed in: only those are marked as they type; Save marks them all. */
    private final Set<TextField> touched = new HashSet<>();
    private final Citizen citizen;
    private final LocalDate today;
    private final ContactDetails had;
    private boolean contactSaved;
    private boolean addressSaved;
    private boolean fitPending;
    private double frame = -1;

    /**
     * @param today   the caseworker's today, for the move date's default and bounds
     * @param onSaved told, on the FX thread, of each write once it is on disk (both at once when both changed)
     */
    public ContactDetailsDialog(Window owner, Theme theme, Citizen citizen, Outbox outbox, BackgroundTasks tasks,
            LocalDate today, Consumer<List<Saved>> onSaved) {
        this.citizen = citizen;
        this.today = today;
        dialog.initOwner(owner);
        dialog.setTitle("Update contact details or address");
        dialog.setHeaderText("Contact details for " + citizen.name().fullName());
        theme.applyTo(dialog.getDialogPane().getScene());
        ContactDetails now = citizen.contact() == null ? new ContactDetails(null, null, null) : citizen.contact();
        had = cleaned(now.phone(), now.mobile(), now.email());
        setUp(phone, "contact-phone", "Phone", now.phone());
        setUp(mobile, "contact-mobile", "Mobile", now.mobile());
        setUp(email, "contact-email", "Email", now.email());
        phone.textProperty().addListener((o, a, b) -> show(phoneMessage, ContactValidation.phoneProblem(b, false)));
        mobile.textProperty().addListener((o, a, b) -> show(mobileMessage, ContactValidation.phoneProblem(b, true)));
        email.textProperty().addListener((o, a, b) -> show(emailMessage, ContactValidation.emailProblem(b)));

        GridPane form = new GridPane();
        form.getStyleClass().add("cv-form");
        field(form, 0, "Phone", phone, phoneMessage);
        field(form, 2, "Mobile", mobile, mobileMessage);
        field(form, 4, "Email", email, emailMessage);

        setUp(line1, "address-line1", "New address, line 1", null);
        setUp(line2, "address-line2", "New address, line 2, optional", null);
        line2.setPromptText("optional");
        setUp(town, "address-town", "Town or city", null);
        setUp(postcode, "address-postcode", "Postcode", null);
        postcode.getStyleClass().add("cv-short-field");
        setUp(movedOn, "address-from", "Moved in on", ContactValidation.TYPED_DATE.format(today));
        movedOn.getStyleClass().add("cv-short-field");
        for (TextField f : List.of(line1, line2, town, postcode, movedOn)) {
            f.textProperty().addListener((o, a, b) -> {
                touched.add(f);
                checkAddress(false);
            });
        }
        Label moved = new Label("Moved house? New address");
        moved.getStyleClass().add(Styles.SECTION_TITLE);
        Address current = citizen.currentAddress();
        Label currentNote = new Label(current == null ? "No address is held yet. Leave these empty if it hasn't changed."
                : "Now: " + current.singleLine() + (current.from() == null ? "" : ", since " + Dates.format(current.from()))
                        + ". Leave these empty if they haven't moved.");
        currentNote.setId("address-current");
        currentNote.getStyleClass().addAll(Styles.MUTED, "cv-contact-note");
        currentNote.setWrapText(true);
        GridPane address = new GridPane();
        address.getStyleClass().add("cv-form");
        field(address, 0, "Line 1", line1, line1Message);
        field(address, 2, "Line 2", line2, line2Message);
        field(address, 4, "Town or city", town, townMessage);
        field(address, 6, "Postcode", postcode, postcodeMessage);
        field(address, 8, "Moved in on", movedOn, movedOnMessage);

        Label reach = new Label("Phone and email");
        reach.getStyleClass().add(Styles.SECTION_TITLE);
        VBox contactColumn = new VBox(reach, form);
        VBox addressColumn = new VBox(moved, currentNote, address);
        contactColumn.getStyleClass().add("cv-stack");
        addressColumn.getStyleClass().add("cv-stack");
        // Side by side: one above the other, with every message showing, is taller than a 900-pixel
        // screen at 130 % text.
        javafx.scene.layout.HBox columns = new javafx.scene.layout.HBox(contactColumn, addressColumn);
        columns.getStyleClass().add("cv-contact-columns");
        VBox content = new VBox(columns, result);
        // Widths come from shell.css, in em: they grow with the text size, and a wrapped message's
        // height is known before layout, so the window opens (and grows) tall enough for it.
        content.getStyleClass().addAll("cv-stack", "cv-contact-dialog");
        dialog.getDialogPane().setContent(content);

        ButtonType saveType = new ButtonType("Save changes", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        Button save = (Button) dialog.getDialogPane().lookupButton(saveType);
        save.setId("contact-save");
        // Its own width, not Cancel's: the focus ring's border would otherwise cut "Save changes" short at 130 %.
        ButtonBar.setButtonUniformSize(save, false);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ContactDetails details = cleaned(phone.getText(), mobile.getText(), email.getText());
            boolean contactChanged = !contactSaved && !details.equals(had);
            boolean moving = !addressSaved && addressTyped();
            // Fields left as they were are not checked: an old number kept as it is never blocks a new address.
            boolean bad = contactChanged && (show(phoneMessage, ContactValidation.phoneProblem(phone.getText(), false))
                    | show(mobileMessage, ContactValidation.phoneProblem(mobile.getText(), true))
                    | show(emailMessage, ContactValidation.emailProblem(email.getText())));
            bad |= moving && checkAddress(true);
            if (bad) {
                show(result, Optional.of("Correct the marked details first; nothing has been saved."));
                return;
            }
            if (!contactChanged && !moving) {
                show(result, Optional.of("Nothing has changed yet: edit a contact detail or enter the new address."));
                return;
            }
            Nino nino = Nino.parse(citizen.nino());
            String ifMatch = "\"" + citizen.version() + "\"";
            List<Function<Outbox, Saved>> writes = new ArrayList<>();
            if (moving) {
                NewAddress to = new NewAddress(line1.getText().strip(), blankToNull(line2.getText()),
                        town.getText().strip(), ContactValidation.normalisePostcode(postcode.getText()),
                        DateInput.parse(movedOn.getText()).orElseThrow());
                writes.add(o -> new Saved(o.submit(WriteRequest.addressChange(nino, to, ifMatch)), ADDRESS));
            }
            if (contactChanged) {
                writes.add(o -> new Saved(o.submit(WriteRequest.contactDetails(nino, details, ifMatch)), CONTACT));
            }
            save.setDisable(true);
            tasks.run(() -> submitAll(outbox, writes), outcome -> {
                outcome.saved().forEach(s -> markSaved(s.what()));
                if (!outcome.saved().isEmpty()) {
                    onSaved.accept(outcome.saved());
                }
                if (outcome.failure() == null) {
                    dialog.close();
                    return;
                }
                save.setDisable(false);
                show(result, Optional.of(notKept(outcome.saved())));
            }, error -> {
                save.setDisable(false);
                show(result, Optional.of(notKept(List.of())));
            });
        });
    }

    public void show() {
        dialog.setOnShown(e -> fitWindow());
        dialog.show();
    }

    /** Off the FX thread: each write on disk in turn; a failure keeps what was saved before it. */
    private static Outcome submitAll(Outbox outbox, List<Function<Outbox, Saved>> writes) {
        List<Saved> saved = new ArrayList<>();
        for (Function<Outbox, Saved> write : writes) {
            try {
                saved.add(write.apply(outbox));
            } catch (RuntimeException e) {
                return new Outcome(saved, e);
            }
        }
        return new Outcome(saved, null);
    }

    /** A saved part can't be saved twice: its fields stay as typed, for reading, but are closed. */
    private void markSaved(String what) {
        if (ADDRESS.equals(what)) {
            addressSaved = true;
            List.of(line1, line2, town, postcode, movedOn).forEach(f -> f.setDisable(true));
        } else {
            contactSaved = true;
            List.of(phone, mobile, email).forEach(f -> f.setDisable(true));
        }
    }

    private static String notKept(List<Saved> saved) {
        if (saved.isEmpty()) {
            return "The change could not be saved on this PC, so it has not been kept. Try again.";
        }
        return saved.getFirst().what().equals(ADDRESS)
                ? "The new address is saved on this PC. The contact details could not be saved, so they have not been "
                        + "kept: try again."
                : "The contact details are saved on this PC. The new address could not be saved, so it has not been "
                        + "kept: try again.";
    }

    private boolean addressTyped() {
        return List.of(line1, line2, town, postcode).stream().anyMatch(f -> !f.getText().isBlank());
    }

    /**
     * Checks the new address as a whole, since whether a field is needed depends on the others:
     * an untouched, empty section is no move at all. Marks only touched fields unless {@code all}.
     *
     * @return true when something is wrong
     */
    private boolean checkAddress(boolean all) {
        boolean moving = addressTyped();
        LocalDate since = citizen.currentAddress() == null ? null : citizen.currentAddress().from();
        boolean bad = mark(line1, line1Message, moving ? ContactValidation.line1Problem(line1.getText()) : none(), all)
                | mark(line2, line2Message, moving ? ContactValidation.line2Problem(line2.getText()) : none(), all)
                | mark(town, townMessage, moving ? ContactValidation.townProblem(town.getText()) : none(), all)
                | mark(postcode, postcodeMessage,
                        moving ? ContactValidation.postcodeProblem(postcode.getText()) : none(), all)
                | mark(movedOn, movedOnMessage,
                        moving ? ContactValidation.moveDateProblem(movedOn.getText(), today, since) : none(), all);
        return bad;
    }

    private boolean mark(TextField field, Label label, Optional<String> problem, boolean all) {
        show(label, all || touched.contains(field) ? problem : none());
        return problem.isPresent();
    }

    private static Optional<String> none() {
        return Optional.empty();
    }

    private static ContactDetails cleaned(String phone, String mobile, String email) {
        return new ContactDetails(clean(phone, true), clean(mobile, true), clean(email, false));
    }

    private static String clean(String typed, boolean isPhone) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return isPhone ? ContactValidation.normalisePhone(typed) : typed.strip();
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** One label width for both grids (shell.css), so the two columns' fields start alike. */
    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("cv-form-label");
        return l;
    }

    private static void setUp(TextField field, String id, String name, String value) {
        field.setId(id);
        field.setAccessibleText(name);
        field.setText(value == null ? "" : value);
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
    private boolean show(Label label, Optional<String> problem) {
        String text = problem.orElse("");
        if (!text.equals(label.getText()) || label.isManaged() != problem.isPresent()) {
            label.setText(text);
            label.setManaged(problem.isPresent());
            fitWindow();
        }
        return problem.isPresent();
    }

    /**
     * A dialog's window is sized once, as it opens, and from the wrapped lines' one-line heights;
     * a message appearing later would push Save off its bottom edge. So the window takes the
     * height the content needs, once per batch of changes (after the pulse they happen in).
     */
    private void fitWindow() {
        javafx.scene.Scene scene = dialog.getDialogPane().getScene();
        if (fitPending || scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        fitPending = true;
        javafx.application.Platform.runLater(() -> {
            fitPending = false;
            Window window = scene.getWindow();
            if (window == null || !window.isShowing()) {
                return;
            }
            if (frame < 0) {
                // Title bar and borders: measured once, while the window and scene agree.
                frame = Math.max(0, window.getHeight() - scene.getHeight());
            }
            double wanted = Math.ceil(scene.getRoot().prefHeight(-1) + frame);
            if (Math.abs(wanted - window.getHeight()) > 0.5) {
                window.setHeight(wanted);
            }
        });
    }

    /** A labelled field in {@code row} of the form, its message in the row under it. */
    private static void field(GridPane form, int row, String label, TextField field, Label message) {
        form.addRow(row, fieldLabel(label), field);
        form.add(message, 1, row + 1);
    }
}
