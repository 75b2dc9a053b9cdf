package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.app.training.ClassroomControls;
import uk.caseview.app.training.ClassroomControls.Misbehaviour;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * A trainer, inside the app, makes a service misbehave and puts it right, and puts practice data
 * back as seeded; anyone else is refused by the training server, and the menu says so.
 */
class ClassroomControlsTest {

    private final FxRobot robot = new FxRobot();

    @Test
    void aTrainerSwitchesAFaultOnAndOffAndResetsPracticeData() throws Exception {
        try (AppHarness harness = AppHarness.start(StaffAccount.withOnly(uk.caseview.sdk.auth.Role.TRAINER).username())) {
            String note = "Practice note " + System.nanoTime();
            postNoteAsTrainee(harness, "ZX000003A", note);
            assertThat(notes(harness, "ZX000003A")).contains(note);

            robot.interact(harness.window::showClassroomControls);
            @SuppressWarnings("unchecked")
            ChoiceBox<Misbehaviour> citizen = robot.lookup("#classroom-fault-citizen").queryAs(ChoiceBox.class);
            DialogPane dialog = (DialogPane) citizen.getScene().getRoot();
            Labeled message = robot.from(dialog).lookup("#classroom-message").queryLabeled();
            waitUntil(Duration.ofSeconds(10), () -> !citizen.isDisabled()
                    && message.getText().equals("Every service is working normally."));
            assertThat(citizen.getValue()).isEqualTo(Misbehaviour.NONE);
            // No other desk has written anything here yet, and the dialog says so rather than show an empty list.
            waitUntil(Duration.ofSeconds(10), () -> robot.from(dialog).lookup("#classroom-no-trainees").query()
                    .isVisible());

            robot.interact(() -> citizen.setValue(Misbehaviour.DOWN));
            waitUntil(Duration.ofSeconds(10), () -> message.getText().equals(
                    "Citizen service: down (every call fails), from now on."));
            Fault inForce = harness.stub.faults().get(StubApi.CITIZEN);
            assertThat(inForce.errorRate()).isEqualTo(1.0);
            assertThat(inForce.errorStatuses()).containsExactly(503);

            robot.interact(() -> citizen.setValue(Misbehaviour.NONE));
            waitUntil(Duration.ofSeconds(10), () -> message.getText().startsWith("Citizen service: working normally"));
            assertThat(harness.stub.faults().get(StubApi.CITIZEN)).isEqualTo(Fault.NONE);

            // Everyone's practice data, after a confirmation.
            robot.clickOn(robot.from(dialog).lookup("#classroom-reset-everyone").queryButton());
            waitUntil(Duration.ofSeconds(5), () -> robot.lookup(".dialog-pane").queryAll().stream()
                    .anyMatch(n -> n instanceof DialogPane p && "Reset practice data".equals(p.getHeaderText())));
            DialogPane confirm = robot.lookup(".dialog-pane").queryAll().stream()
                    .filter(n -> n instanceof DialogPane p && "Reset practice data".equals(p.getHeaderText()))
                    .map(DialogPane.class::cast).findFirst().orElseThrow();
            robot.clickOn(confirm.lookupButton(ButtonType.OK));
            waitUntil(Duration.ofSeconds(10), () -> message.getText().startsWith("Everyone's practice data is back"));
            assertThat(notes(harness, "ZX000003A")).doesNotContain(note);
        }
    }

    @Test
    void aTrainerResetsOneTraineesDeskAndTheRestOfTheClassKeepTheirWork() throws Exception {
        try (AppHarness harness = AppHarness.start(StaffAccount.withOnly(uk.caseview.sdk.auth.Role.TRAINER).username())) {
            postNote(harness, "ZX000003A", "Alice's practice note", "alice");
            postNote(harness, "ZX000003A", "Bob's practice note", "bob");

            robot.interact(harness.window::showClassroomControls);
            @SuppressWarnings("unchecked")
            ChoiceBox<ClassroomControls.Trainee> trainees = robot.lookup("#classroom-trainees").queryAs(ChoiceBox.class);
            DialogPane dialog = (DialogPane) trainees.getScene().getRoot();
            waitUntil(Duration.ofSeconds(10), () -> trainees.getItems().size() == 2);
            assertThat(trainees.getItems()).extracting(ClassroomControls.Trainee::name).containsExactly("alice", "bob");
            assertThat(trainees.getConverter().toString(trainees.getItems().get(1))).isEqualTo("bob (1 customer changed)");

            robot.interact(() -> trainees.getSelectionModel().select(1));
            robot.clickOn(robot.from(dialog).lookup("#classroom-reset-trainee").queryButton());
            waitUntil(Duration.ofSeconds(5), () -> confirmation(robot) != null);
            assertThat(confirmation(robot).getContentText()).startsWith("Put bob's practice data back as it was seeded?");
            robot.clickOn(confirmation(robot).lookupButton(ButtonType.OK));
            Labeled message = robot.from(dialog).lookup("#classroom-message").queryLabeled();
            waitUntil(Duration.ofSeconds(10), () -> message.getText().startsWith("bob's practice data is back"));
            waitUntil(Duration.ofSeconds(10), () -> trainees.getItems().size() == 1);
            assertThat(robot.from(dialog).lookup("#classroom-no-trainees").query().isVisible()).isFalse();

            assertThat(trainees.getItems()).extracting(ClassroomControls.Trainee::name).containsExactly("alice");
            assertThat(sessionNotes(harness, "ZX000003A", "bob")).doesNotContain("Bob's practice note");
            assertThat(sessionNotes(harness, "ZX000003A", "alice")).contains("Alice's practice note");
        }
    }

    private static DialogPane confirmation(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n instanceof DialogPane p && "Reset practice data".equals(p.getHeaderText()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    @Test
    void anyoneButATrainerIsRefusedByTheTrainingServer() throws Exception {
        try (AppHarness harness = AppHarness.start("trainee")) {
            ClassroomControls asTrainee = new ClassroomControls(harness.stub.baseUri(),
                    () -> java.util.Optional.of(harness.stub.accessToken(StaffAccount.TRAINEE)), "any");
            assertThatThrownBy(() -> asTrainee.set(uk.caseview.sdk.view.Source.DEBT, Misbehaviour.DOWN))
                    .isInstanceOf(ClassroomControls.ClassroomRefusedException.class);
            assertThat(harness.stub.faults().get(StubApi.DEBT)).isEqualTo(Fault.NONE);
            // The app does not offer the controls either; asked anyway, it says who may use them.
            robot.interact(harness.window::showClassroomControls);
            assertThat(harness.window.status().said()).startsWith("Classroom controls are for the trainer");
        }
    }

    private static java.util.List<String> notes(AppHarness harness, String nino) throws Exception {
        return harness.http.get("/citizen/v1/citizens/" + nino + "/notes", ContactNoteList.class).notes().stream()
                .map(uk.caseview.sdk.model.citizen.ContactNote::text).toList();
    }

    private static void postNoteAsTrainee(AppHarness harness, String nino, String text) throws Exception {
        postNote(harness, nino, text, null);
    }

    /** Notes as one training session sees them. */
    private static java.util.List<String> sessionNotes(AppHarness harness, String nino, String session) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(harness.stub.baseUri() + "/citizen/v1/citizens/" + nino
                        + "/notes"))
                .header("Authorization", "Bearer " + harness.stub.accessToken(StaffAccount.TRAINEE))
                .header("X-Training-Session", session).GET().build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return uk.caseview.sdk.json.Json.mapper().readValue(answer.body(), ContactNoteList.class).notes().stream()
                .map(uk.caseview.sdk.model.citizen.ContactNote::text).toList();
    }

    /** @param session the trainee's session, or null for the shared one */
    private static void postNote(AppHarness harness, String nino, String text, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(harness.stub.baseUri() + "/citizen/v1/citizens/"
                        + nino + "/notes"))
                .header("Authorization", "Bearer " + harness.stub.accessToken(StaffAccount.TRAINEE))
                .header("Content-Type", "application/json").header("Idempotency-Key", "classroom-" + System.nanoTime())
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\", \"channel\": \"phone\"}"));
        if (session != null) {
            request.header("X-Training-Session", session);
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(201);
    }
}
