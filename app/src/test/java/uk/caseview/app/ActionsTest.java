package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.app.testing.FileDrop;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;

/** Actions in place, through the SDK's outbox, with the API up and with it down. */
class ActionsTest {

    private static final String NINO = "ZX000005A";
    private static AppHarness harness;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        harness = AppHarness.start();
    }

    @AfterAll
    static void stopApp() throws Exception {
        harness.close();
    }

    @AfterEach
    void healthyAgain() throws Exception {
        harness.stub.faults().clearAll();
        // Every test leaves nothing queued, so the next one's count starts from zero.
        waitUntil(Duration.ofSeconds(20), () -> harness.window.status().pendingText().equals("Nothing waiting to send"));
    }

    /** The timeline's "N events" count, or -1 while it is not on screen or still loading. */
    private static int timelineEvents(CustomerTab tab) {
        javafx.scene.Node summary = tab.content().lookup("#timeline-summary");
        if (!(summary instanceof javafx.scene.control.Labeled l) || l.getText() == null
                || !l.getText().matches("\\d+ events")) {
            return -1;
        }
        return Integer.parseInt(l.getText().split(" ")[0]);
    }

    private CustomerTab open() throws Exception {
        return open(NINO);
    }

    private CustomerTab open(String nino) throws Exception {
        return harness.open(robot, nino);
    }

    /**
     * With the API down the write is kept on this PC: the caseworker is told it will go when the
     * service is back, the status bar counts it and names the service that isn't answering.
     */
    private void assertHeldBack(String what, String service) throws Exception {
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().startsWith(what + " saved on this PC")
                && harness.window.status().said().endsWith("it will be sent when the service is back."));
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().pendingText().equals("1 waiting to send"));
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().connectionText()
                .equals("Connected, but not answering: " + service));
    }

    /** The service is back: the write goes, the count returns to zero and the connection says so. */
    private void assertSentOnceBack(String what) throws Exception {
        waitUntil(Duration.ofSeconds(20), () -> harness.window.status().said().equals(what + " sent."));
        waitUntil(Duration.ofSeconds(5), () -> harness.window.status().pendingText().equals("Nothing waiting to send"));
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().connectionText().equals("Connected"));
    }

    private void replaceText(String query, String text) throws Exception {
        AppHarness.replaceText(robot, query, text);
    }

    private List<ContactNote> serverNotes(String nino) throws Exception {
        return harness.http.get("/citizen/v1/citizens/" + nino + "/notes", ContactNoteList.class).notes();
    }

    private EvidenceList serverEvidence(String nino) throws Exception {
        return harness.http.get("/evidence/v1/citizens/" + nino + "/evidence", EvidenceList.class);
    }

    private boolean serverHasNote(String text) throws Exception {
        ContactNoteList notes = harness.http.get("/citizen/v1/citizens/" + NINO + "/notes", ContactNoteList.class);
        return notes.notes().stream().map(ContactNote::text).anyMatch(text::equals);
    }

    private void writeNote(String text) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#note-text").write(text);
        robot.clickOn("#note-save");
    }

    @Test
    void aNoteWithTheApiUpIsSavedThenSent() throws Exception {
        CustomerTab tab = open();
        waitUntil(Duration.ofSeconds(10), () -> timelineEvents(tab) >= 0);
        int before = WaitForAsyncUtils.asyncFx(() -> timelineEvents(tab)).get();
        String text = "Called about the May payment; explained the deduction. " + System.nanoTime();
        writeNote(text);

        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().equals("Note sent."));
        assertThat(serverHasNote(text)).isTrue();
        // On the timeline without F5, as the citizen service now holds it.
        waitUntil(Duration.ofSeconds(10), () -> timelineEvents(tab) == before + 1);
        waitUntil(Duration.ofSeconds(5), () -> harness.window.status().pendingText().equals("Nothing waiting to send"));
    }

    @Test
    void aNoteWithTheApiDownIsKeptCountedAndSentWhenItIsBack() throws Exception {
        CustomerTab tab = open();
        waitUntil(Duration.ofSeconds(10), () -> timelineEvents(tab) >= 0);
        harness.stub.faults().set(StubApi.CITIZEN, Fault.errors(1.0, 503));
        String text = "Customer rang while the service was down. " + System.nanoTime();
        writeNote(text);

        assertHeldBack("Note", "Citizen service");
        // On the timeline at once, marked as pending, though the service hasn't got it.
        waitUntil(Duration.ofSeconds(10), () -> timelineEventsText(tab).stream()
                .anyMatch(e -> e.startsWith("Pending: ") && e.endsWith(" note: " + text)));

        harness.stub.faults().clear(StubApi.CITIZEN);
        assertSentOnceBack("Note");
        assertThat(serverHasNote(text)).isTrue();
        // Confirmed: the service's own copy replaces the pending row.
        waitUntil(Duration.ofSeconds(10), () -> {
            List<String> events = timelineEventsText(tab);
            return events.stream().noneMatch(e -> e.startsWith("Pending: ") || e.startsWith("Sent: "))
                    && events.stream().anyMatch(e -> e.contains(" note by ") && e.endsWith(": " + text));
        });
    }

    /** The timeline's Event column as it reads, row by row (from the cell values, drawn or not). */
    @SuppressWarnings("unchecked")
    private static List<String> timelineEventsText(CustomerTab tab) {
        javafx.scene.Node node = tab.content().lookup("#timeline-table");
        if (!(node instanceof javafx.scene.control.TableView<?> table)) {
            return List.of();
        }
        var column = (javafx.scene.control.TableColumn<Object, String>) table.getColumns().stream()
                .filter(c -> "Event".equals(c.getText())).findFirst().orElseThrow();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            out.add(column.getCellData(i));
        }
        return out;
    }

    @Test
    void contactDetailsWithTheApiDownAreKeptCountedAndSentWhenItIsBack() throws Exception {
        // A persona no other test updates, so the version the dialog sends with If-Match is current.
        String nino = "ZX000007A";
        open(nino);
        harness.stub.faults().set(StubApi.CITIZEN, Fault.NONE.withReset(true));
        String email = "kieran." + System.nanoTime() + "@example.org";
        robot.clickOn("#action-contact");
        replaceText("#contact-email", email);
        replaceText("#contact-mobile", "+44 7700 900123");
        robot.clickOn("#contact-save");

        assertHeldBack("Contact details update", "Citizen service");
        harness.stub.faults().clear(StubApi.CITIZEN);
        assertSentOnceBack("Contact details update");
        Citizen after = harness.http.get("/citizen/v1/citizens/" + nino, Citizen.class);
        assertThat(after.contact().email()).isEqualTo(email);
        assertThat(after.contact().mobile()).isEqualTo("07700900123");
    }

    @Test
    void aNotificationWithTheApiDownIsKeptCountedAndSentWhenItIsBack() throws Exception {
        open();
        long notifiedBefore = serverNotes(NINO).stream().filter(n -> n.text().startsWith("Letter sent in Welsh")).count();
        harness.stub.faults().set(StubApi.CITIZEN, Fault.errors(1.0, 503));
        robot.clickOn("#action-notify");
        // Send waits for the service's answer to the preview; with the service down that answer is
        // "can't be shown", after the SDK's retries, and Send then queues the letter anyway.
        waitUntil(Duration.ofSeconds(15), () -> robot.lookup("#notify-message").tryQuery().map(n ->
                ((javafx.scene.control.Labeled) n).getText().startsWith("The wording can't be shown just now"))
                .orElse(false) && !robot.lookup("#notify-send").queryButton().isDisabled());
        robot.clickOn("#notify-send");

        assertHeldBack("Notification", "Citizen service");
        harness.stub.faults().clear(StubApi.CITIZEN);
        assertSentOnceBack("Notification");
        // The stub records a sent letter in the contact history, as the real service does.
        assertThat(serverNotes(NINO).stream().filter(n -> n.text().startsWith("Letter sent in Welsh")).count())
                .isEqualTo(notifiedBefore + 1);
    }

    @Test
    void anEvidenceRequestWithTheApiDownIsKeptCountedAndSentWhenItIsBack() throws Exception {
        CustomerTab tab = open();
        harness.stub.faults().set(StubApi.EVIDENCE, Fault.errors(1.0, 503));
        String what = "P60 for last tax year " + System.nanoTime();
        robot.clickOn(robot.from(tab.content()).lookup("#evidence-request").queryButton());
        robot.clickOn("#request-description").write(what);
        robot.clickOn("#request-send");

        assertHeldBack("Evidence request", "Evidence service");
        harness.stub.faults().clear(StubApi.EVIDENCE);
        assertSentOnceBack("Evidence request");
        assertThat(serverEvidence(NINO).items()).anyMatch(i -> what.equals(i.description())
                && i.status() == uk.caseview.sdk.model.evidence.EvidenceStatus.REQUESTED);
    }

    @Test
    void anEvidenceUploadWithTheApiDownIsKeptCountedAndSentWhenItIsBack() throws Exception {
        CustomerTab tab = open();
        String name = "tenancy-" + System.nanoTime() + ".pdf";
        Path file = Files.createTempDirectory("upload").resolve(name);
        Files.write(file, "%PDF-1.7 pretend tenancy agreement".getBytes(StandardCharsets.US_ASCII));
        harness.stub.faults().set(StubApi.EVIDENCE, Fault.errors(1.0, 503));
        Node table = robot.from(tab.content()).lookup("#evidence-table").query();
        WaitForAsyncUtils.asyncFx(() -> FileDrop.onto(table, file.toFile())).get();

        assertHeldBack("Upload of " + name, "Evidence service");
        harness.stub.faults().clear(StubApi.EVIDENCE);
        assertSentOnceBack("Upload of " + name);
        assertThat(serverEvidence(NINO).items()).anyMatch(i -> name.equals(i.fileName())
                && i.status() == uk.caseview.sdk.model.evidence.EvidenceStatus.RECEIVED);
    }

    @Test
    void requestingEvidenceReachesTheEvidenceService() throws Exception {
        CustomerTab tab = open();
        String what = "Bank statements for March " + System.nanoTime();
        robot.clickOn(robot.from(tab.content()).lookup("#evidence-request").queryButton());
        robot.clickOn("#request-description").write(what);
        robot.clickOn("#request-send");
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().equals("Evidence request sent."));
        var list = harness.http.get("/evidence/v1/citizens/" + NINO + "/evidence",
                uk.caseview.sdk.model.evidence.EvidenceList.class);
        assertThat(list.items()).anyMatch(i -> what.equals(i.description())
                && i.status() == uk.caseview.sdk.model.evidence.EvidenceStatus.REQUESTED);
        // On screen without F5: once the service has it, the Evidence panel shows the service's copy.
        javafx.scene.control.TableView<uk.caseview.sdk.model.evidence.EvidenceItem> table =
                robot.from(tab.content()).lookup("#evidence-table").queryTableView();
        waitUntil(Duration.ofSeconds(10), () -> table.getItems().stream().anyMatch(i -> what.equals(i.description())));
    }

    @Test
    void contactDetailsAreCheckedAsTypedThenUpdated() throws Exception {
        open();
        robot.clickOn("#action-contact");
        robot.clickOn("#contact-email").eraseText(60).write("eleri@example");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contact-email-message").queryLabeled().getText()).contains("isn't complete");
        robot.clickOn("#contact-save");
        assertThat(robot.lookup("#contact-message").queryLabeled().getText()).contains("nothing has been saved");

        String email = "eleri." + System.nanoTime() + "@example.org";
        robot.clickOn("#contact-email").eraseText(60).write(email);
        robot.clickOn("#contact-mobile").eraseText(30).write("+44 7700 900456");
        robot.clickOn("#contact-save");
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().equals("Contact details update sent."));
        Citizen after = harness.http.get("/citizen/v1/citizens/" + NINO, Citizen.class);
        assertThat(after.contact().email()).isEqualTo(email);
        assertThat(after.contact().mobile()).isEqualTo("07700900456");
    }

    @Test
    void aWelshSpeakerIsSentTheWelshWordingTheCaseworkerPreviewed() throws Exception {
        open();
        robot.clickOn("#action-notify");
        javafx.scene.Parent dialog = robot.lookup("#notify-preview").queryAs(javafx.scene.control.TextArea.class)
                .getScene().getRoot();
        assertThat(robot.from(dialog).lookup("#notify-language").queryLabeled().getText()).contains("Welsh");
        javafx.scene.control.TextArea preview = robot.from(dialog).lookup("#notify-preview").queryAs(
                javafx.scene.control.TextArea.class);
        waitUntil(Duration.ofSeconds(10), () -> preview.getText().startsWith("Annwyl Mrs Llewellyn,"));
        String welsh = preview.getText();
        assertThat(welsh).contains("Gwnaethom geisio eich ffonio ar ").contains("Yn gywir,");
        assertThat(robot.from(dialog).lookup("#notify-preview-subject").queryLabeled().getText())
                .isEqualTo("Gwnaethom geisio eich ffonio");

        // The English is there for a caseworker who does not read Welsh; it is not what is sent.
        robot.clickOn(robot.from(dialog).lookup("#notify-english .title").queryAs(Node.class));
        javafx.scene.control.TextArea english = robot.from(dialog).lookup("#notify-preview-english")
                .queryAs(javafx.scene.control.TextArea.class);
        waitUntil(Duration.ofSeconds(10), () -> english.getText().contains("Dear Mrs Llewellyn,"));

        // A message that does not apply to Eleri (she has no repayment plan) says why and cannot be sent.
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<uk.caseview.sdk.model.citizen.NotificationTemplate> template =
                robot.from(dialog).lookup("#notify-template").queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> template.setValue(uk.caseview.sdk.model.citizen.NotificationTemplate.DEBT_PLAN_CONFIRMATION));
        waitUntil(Duration.ofSeconds(10), () -> robot.from(dialog).lookup("#notify-message").queryLabeled().getText()
                .contains("no agreed repayment plan"));
        assertThat(robot.from(dialog).lookup("#notify-send").queryButton().isDisabled()).isTrue();

        robot.interact(() -> template.setValue(uk.caseview.sdk.model.citizen.NotificationTemplate.CALL_BACK));
        waitUntil(Duration.ofSeconds(10), () -> preview.getText().equals(welsh)
                && !robot.from(dialog).lookup("#notify-send").queryButton().isDisabled());
        robot.clickOn(robot.from(dialog).lookup("#notify-send").queryButton());
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().equals("Notification sent."));

        // The citizen service holds the Welsh text that went, word for word.
        List<uk.caseview.sdk.model.citizen.Notification> sent = harness.http.get("/citizen/v1/citizens/" + NINO
                + "/notifications", uk.caseview.sdk.model.citizen.NotificationList.class).notifications();
        assertThat(sent.getFirst().language()).isEqualTo("cy");
        assertThat(sent.getFirst().body()).isEqualTo(welsh);

        // Next time, the dialog lists it under "Sent before" with how far it has got.
        robot.clickOn("#action-notify");
        javafx.scene.control.TableView<?> history = robot.lookup("#notify-history").queryTableView();
        waitUntil(Duration.ofSeconds(10), () -> !history.getItems().isEmpty());
        javafx.scene.Parent again = history.getScene().getRoot();
        assertThat(robot.from(again).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled).map(n -> ((javafx.scene.control.Labeled) n)
                        .getText()).toList()).contains("Letter: Gwnaethom geisio eich ffonio (Welsh)");
        robot.interact(() -> history.getSelectionModel().select(0));
        assertThat(robot.from(again).lookup("#notify-sent-text").queryAs(javafx.scene.control.TextArea.class)
                .getText()).isEqualTo("Gwnaethom geisio eich ffonio\n\n" + welsh);
        robot.clickOn(robot.from(again).lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "Cancel".equals(b.getText())).queryButton());
    }

    @Test
    void anEmptyNoteIsRefusedWithAReasonAndNothingIsQueued() throws Exception {
        open();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#note-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#note-message").queryLabeled().getText()).isEqualTo("Write what the contact was about.");
        robot.type(KeyCode.ESCAPE);
        assertThat(harness.app.backendOutboxPending()).isZero();
    }
}
