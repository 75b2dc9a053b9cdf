package uk.caseview.app.shell;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.model.citizen.TraceMatch;
import uk.caseview.sdk.model.citizen.TraceResult;
import uk.caseview.ui.format.DateInput;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;

/**
 * Finds a citizen without their NINO: surname and date of birth, or a postcode; any other field
 * filled in narrows the match (all three is the usual trace). Then a list to pick from. The search runs off the FX thread; the dialog stays responsive throughout.
 */
public final class TraceDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField surname = new TextField();
    private final TextField dateOfBirth = new TextField();
    private final TextField postcode = new TextField();
    private final Label message = new Label();
    private final ListView<TraceMatch> results = new ListView<>();
    private final Button search = new Button("Search");
    private final CaseviewApis apis;
    private final BackgroundTasks tasks;
    private final Consumer<Nino> open;

    public TraceDialog(Window owner, Theme theme, CaseviewApis apis, BackgroundTasks tasks, Consumer<Nino> open) {
        this.apis = apis;
        this.tasks = tasks;
        this.open = open;
        dialog.initOwner(owner);
        dialog.setTitle("Trace a customer");
        dialog.setHeaderText("Find someone by surname and date of birth, or by postcode");
        theme.applyTo(dialog.getDialogPane().getScene());

        surname.setId("trace-surname");
        surname.setAccessibleText("Surname");
        dateOfBirth.setId("trace-dob");
        dateOfBirth.setPromptText("e.g. 12/03/1984");
        dateOfBirth.setAccessibleText("Date of birth, day first");
        postcode.setId("trace-postcode");
        postcode.setPromptText("narrows a name search, or on its own");
        postcode.setAccessibleText("Postcode: narrows a search by name, or searches on its own");
        message.setId("trace-message");
        message.getStyleClass().add("cv-field-message");
        message.setWrapText(true);
        search.setId("trace-search");
        search.getStyleClass().add("cv-button-primary");
        search.setDefaultButton(true);
        search.setOnAction(e -> runSearch());

        results.setId("trace-results");
        results.setAccessibleText("Matching people");
        results.setPlaceholder(new Label("Results appear here."));
        results.setPrefHeight(220);
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TraceMatch m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name().fullName() + "   born " + Dates.format(m.dateOfBirth())
                        + "   " + (m.postcode() == null ? "" : m.postcode()) + "   " + Nino.parse(m.nino()).formatted());
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });

        GridPane form = new GridPane();
        form.getStyleClass().add("cv-form");
        form.addRow(0, label("Surname", surname), surname);
        form.addRow(1, label("Date of birth", dateOfBirth), dateOfBirth);
        form.addRow(2, label("Postcode", postcode), postcode, search);
        GridPane.setHgrow(surname, Priority.ALWAYS);
        VBox content = new VBox(form, message, results);
        content.getStyleClass().add("cv-stack");
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        ButtonType openType = new ButtonType("Open customer", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(openType, ButtonType.CANCEL);
        Button openButton = (Button) dialog.getDialogPane().lookupButton(openType);
        openButton.setId("trace-open");
        openButton.setDefaultButton(false);
        openButton.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        openButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> openSelected());
        dialog.setOnShown(e -> surname.requestFocus());
    }

    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    private void runSearch() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            message.setText(problem.get());
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (!surname.getText().isBlank()) {
            query.put("surname", surname.getText().trim());
        }
        if (!dateOfBirth.getText().isBlank()) {
            query.put("dateOfBirth", DateInput.parse(dateOfBirth.getText()).orElseThrow().toString());
        }
        if (!postcode.getText().isBlank()) {
            query.put("postcode", uk.caseview.app.customer.ContactValidation.normalisePostcode(postcode.getText()));
        }
        message.setText("Searching…");
        search.setDisable(true);
        tasks.run(() -> apis.citizen().trace(query), found -> showResults(query, found), error -> {
            search.setDisable(false);
            message.setText("The search could not be completed just now. Try again in a moment."
                    + uk.caseview.ui.format.ServiceDeskReference.sentence(error));
        });
    }

    private void showResults(Map<String, String> query, TraceResult result) {
        search.setDisable(false);
        results.setItems(FXCollections.observableArrayList(result.matches()));
        if (result.matches().isEmpty()) {
            message.setText(query.size() > 2
                    ? "No one matches all three. Check the spelling, the date and the postcode, or leave the postcode out."
                    : "No one matches. Check what you typed; a surname search needs the exact surname.");
        } else {
            message.setText(result.matches().size() == 1 ? "1 match." : result.matches().size() + " matches: pick one.");
            results.getSelectionModel().selectFirst();
            results.requestFocus();
        }
    }

    private Optional<String> problem() {
        boolean hasSurname = !surname.getText().isBlank();
        boolean hasDob = !dateOfBirth.getText().isBlank();
        boolean hasPostcode = !postcode.getText().isBlank();
        if (!hasSurname && !hasDob && !hasPostcode) {
            return Optional.of("Enter a surname and date of birth, or a postcode.");
        }
        if (hasDob) {
            Optional<LocalDate> dob = DateInput.parse(dateOfBirth.getText());
            if (dob.isEmpty()) {
                return Optional.of("Enter the date of birth as day, month and year, like 12/03/1984.");
            }
            if (dob.get().isAfter(LocalDate.now())) {
                return Optional.of("The date of birth can't be in the future.");
            }
        }
        if (hasPostcode) {
            return uk.caseview.app.customer.ContactValidation.postcodeProblem(postcode.getText());
        }
        if (!hasSurname) {
            return Optional.of("Enter a surname with the date of birth, or add a postcode.");
        }
        if (!hasDob) {
            return Optional.of("Enter a date of birth with the surname, or add a postcode.");
        }
        return Optional.empty();
    }

    private void openSelected() {
        TraceMatch m = results.getSelectionModel().getSelectedItem();
        if (m != null) {
            dialog.close();
            open.accept(Nino.parse(m.nino()));
        }
    }

    private static Label label(String text, javafx.scene.Node forNode) {
        Label l = new Label(text);
        l.setLabelFor(forNode);
        return l;
    }
}
