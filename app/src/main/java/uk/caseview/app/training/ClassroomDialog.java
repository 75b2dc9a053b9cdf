package uk.caseview.app.training;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import uk.caseview.app.training.ClassroomControls.Misbehaviour;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;

/**
 * The trainer's controls, inside the app: make one service misbehave (and put it right) to show
 * what Caseview does when a service is slow, down or broken, and put practice data back as it was
 * seeded. A change applies at once, for everyone on the training server.
 */
public final class ClassroomDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final ClassroomControls controls;
    private final BackgroundTasks tasks;
    private final Theme theme;
    private final Map<Source, ChoiceBox<Misbehaviour>> choices = new EnumMap<>(Source.class);
    private final Label message = new Label("Reading what the training server is doing…");
    /** The other trainees with practice data on this server; this desk's own is "Reset this desk's". */
    private final ChoiceBox<ClassroomControls.Trainee> trainees = new ChoiceBox<>();
    private final Label noTrainees = new Label("No other desk has practice data on this server yet.");
    /** While the choices are being set from the server, a change is not a trainer's. */
    private boolean showingServer;

    /**
     * @param afterReset run on the FX thread once practice data is back as seeded, so the screens
     *                   showing the old data read it again
     */
    public ClassroomDialog(Window owner, Theme theme, ClassroomControls controls, BackgroundTasks tasks,
            Runnable afterReset) {
        this.controls = controls;
        this.tasks = tasks;
        this.theme = theme;
        dialog.initOwner(owner);
        dialog.setTitle("Classroom controls");
        dialog.setHeaderText("Classroom controls: for everyone using this training server");
        theme.applyTo(dialog.getDialogPane().getScene());

        GridPane services = new GridPane();
        services.getStyleClass().add("cv-form-grid");
        services.setHgap(12);
        services.setVgap(8);
        int row = 0;
        for (Source s : Source.values()) {
            ChoiceBox<Misbehaviour> choice = new ChoiceBox<>(FXCollections.observableArrayList(Misbehaviour.values()));
            choice.setId("classroom-fault-" + ClassroomControls.apiName(s));
            choice.setAccessibleText(s.serviceName());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(Misbehaviour m) {
                    return m == null ? "Set another way (not one of these)" : m.label();
                }

                @Override
                public Misbehaviour fromString(String text) {
                    throw new UnsupportedOperationException();
                }
            });
            choice.setDisable(true);
            choice.valueProperty().addListener((o, was, now) -> {
                if (!showingServer && now != null) {
                    apply(s, now);
                }
            });
            choices.put(s, choice);
            Label name = new Label(s.serviceName());
            name.setLabelFor(choice);
            services.addRow(row++, name, choice);
        }

        Button resetMine = new Button("Reset this desk's practice data…");
        resetMine.setId("classroom-reset-mine");
        resetMine.setOnAction(e -> confirmThen("Put this desk's practice data back as it was seeded? Notes, changes and "
                + "uploads made here are removed; other desks keep theirs.", "This desk's practice data is back as it "
                + "was seeded.", () -> {
                    controls.resetMine();
                    return null;
                }, afterReset));
        Button resetAll = new Button("Reset everyone's practice data…");
        resetAll.setId("classroom-reset-everyone");
        resetAll.setOnAction(e -> confirmThen("Put everyone's practice data back as it was seeded? Every desk on this "
                + "training server loses what it has done in this lesson.", "Everyone's practice data is back as it "
                + "was seeded.", () -> {
                    controls.resetEveryone();
                    return null;
                }, afterReset));
        HBox resets = new HBox(resetMine, resetAll);
        resets.getStyleClass().add("cv-row");

        // One trainee who has got their desk into a muddle, without losing the rest of the class's work.
        trainees.setId("classroom-trainees");
        trainees.setAccessibleText("Trainee");
        trainees.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClassroomControls.Trainee t) {
                return t == null ? "" : t.name() + " (" + t.changedCustomers()
                        + (t.changedCustomers() == 1 ? " customer changed)" : " customers changed)");
            }

            @Override
            public ClassroomControls.Trainee fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        trainees.setDisable(true);
        Button resetOne = new Button("Reset this trainee's practice data…");
        resetOne.setId("classroom-reset-trainee");
        resetOne.disableProperty().bind(trainees.valueProperty().isNull());
        resetOne.setOnAction(e -> {
            ClassroomControls.Trainee t = trainees.getValue();
            confirmThen("Put " + t.name() + "'s practice data back as it was seeded? Notes, changes and uploads made "
                    + "at their desk are removed; everyone else keeps theirs.", t.name() + "'s practice data is back "
                    + "as it was seeded.", () -> {
                        controls.resetTrainee(t.name());
                        return null;
                    }, afterReset);
        });
        Label traineeLabel = new Label("Trainee");
        traineeLabel.setLabelFor(trainees);
        noTrainees.setId("classroom-no-trainees");
        noTrainees.getStyleClass().add("cv-muted");
        noTrainees.setWrapText(true);
        noTrainees.setVisible(false);
        noTrainees.setManaged(false);
        // Label and button keep their words; the list is wide enough for a name and its count, in em so
        // it grows with the text size.
        traineeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        resetOne.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        trainees.setStyle("-fx-min-width: 14em;");
        HBox traineeRow = new HBox(traineeLabel, trainees, resetOne);
        traineeRow.getStyleClass().add("cv-row");
        traineeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox oneTrainee = new VBox(traineeRow, noTrainees);
        oneTrainee.getStyleClass().add("cv-stack");

        message.setId("classroom-message");
        message.setWrapText(true);
        message.getStyleClass().add("cv-muted");

        Label servicesTitle = new Label("How each service behaves");
        servicesTitle.getStyleClass().add("cv-section-title");
        Label resetTitle = new Label("Practice data");
        resetTitle.getStyleClass().add("cv-section-title");
        VBox content = new VBox(servicesTitle, services, resetTitle, resets, oneTrainee, message);
        content.getStyleClass().add("cv-stack");
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        tasks.run(controls::faults, this::showServer, error -> message.setText(refusal(error,
                "The training server didn't answer, so nothing can be changed just now. Close this and try again.")));
        readTrainees();
    }

    private void readTrainees() {
        tasks.run(controls::trainees, list -> {
            var others = list.stream().filter(t -> !t.name().equals(controls.session())).toList();
            trainees.getItems().setAll(others);
            trainees.setDisable(others.isEmpty());
            // An empty, greyed list would leave a trainer wondering whether the desks have joined at all.
            noTrainees.setVisible(others.isEmpty());
            noTrainees.setManaged(others.isEmpty());
            if (!others.isEmpty()) {
                trainees.getSelectionModel().selectFirst();
            }
        }, error -> trainees.setDisable(true)); // the faults' answer already says why the server can't be reached
    }

    public void show() {
        dialog.show();
    }

    private void showServer(Map<Source, Misbehaviour> now) {
        showingServer = true;
        now.forEach((s, m) -> {
            choices.get(s).setValue(m);
            choices.get(s).setDisable(false);
        });
        showingServer = false;
        long off = now.values().stream().filter(m -> m != Misbehaviour.NONE).count();
        message.setText(off == 0 ? "Every service is working normally."
                : off + (off == 1 ? " service is" : " services are") + " misbehaving for this lesson.");
    }

    private void apply(Source s, Misbehaviour how) {
        message.setText("Telling the training server…");
        choices.get(s).setDisable(true);
        tasks.run(() -> {
            controls.set(s, how);
            return null;
        }, done -> {
            choices.get(s).setDisable(false);
            message.setText(s.serviceName() + ": " + how.label().toLowerCase(java.util.Locale.UK) + ", from now on.");
        }, error -> {
            choices.get(s).setDisable(false);
            message.setText(refusal(error, "The training server didn't take that change; " + s.serviceName()
                    + " is as it was. Try again."));
        });
    }

    private void confirmThen(String question, String done, java.util.concurrent.Callable<Void> reset,
            Runnable afterReset) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(dialog.getDialogPane().getScene().getWindow());
        confirm.setHeaderText("Reset practice data");
        theme.applyTo(confirm.getDialogPane().getScene());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(ok -> {
            message.setText("Resetting…");
            tasks.run(reset, nothing -> {
                message.setText(done + " Open customers are read again.");
                afterReset.run();
                readTrainees();
            }, error -> message.setText(refusal(error, "The training server didn't reset; try again.")));
        });
    }

    private static String refusal(Throwable error, String otherwise) {
        return error instanceof ClassroomControls.ClassroomRefusedException
                ? "Only a trainer can change the training server: sign out, then sign in as the trainer." : otherwise;
    }
}
