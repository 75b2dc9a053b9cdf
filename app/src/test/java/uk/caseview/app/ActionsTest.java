package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.ContactNoteList;
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
    void healthyAgain() {
        harness.stub.faults().clear(StubApi.CITIZEN);
    }

    private CustomerTab open() throws Exception {
        robot.clickOn("#nino-search").eraseText(30).write(NINO).type(KeyCode.ENTER);
        waitUntil(Duration.ofSeconds(5), () -> harness.window.customer(Nino.parse(NINO)).isPresent());
        CustomerTab tab = harness.window.customer(Nino.parse(NINO)).orElseThrow();
        waitUntil(Duration.ofSeconds(20), () -> tab.viewProperty().get().isComplete());
        return tab;
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
        open();
        String text = "Called about the May payment; explained the deduction. " + System.nanoTime();
        writeNote(text);

        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().equals("Note sent."));
        assertThat(serverHasNote(text)).isTrue();
        waitUntil(Duration.ofSeconds(5), () -> harness.window.status().pendingText().equals("Nothing waiting to send"));
    }

    @Test
    void aNoteWithTheApiDownIsKeptCountedAndSentWhenItIsBack() throws Exception {
        open();
        harness.stub.faults().set(StubApi.CITIZEN, Fault.errors(1.0, 503));
        String text = "Customer rang while the service was down. " + System.nanoTime();
        writeNote(text);

        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().startsWith("Note saved on this PC"));
        waitUntil(Duration.ofSeconds(10), () -> harness.window.status().pendingText().equals("1 waiting to send"));

        harness.stub.faults().clear(StubApi.CITIZEN);
        waitUntil(Duration.ofSeconds(20), () -> harness.window.status().said().equals("Note sent."));
        assertThat(serverHasNote(text)).isTrue();
        assertThat(harness.window.status().pendingText()).isEqualTo("Nothing waiting to send");
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
