package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.outbox.UnsentWrite;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;

/**
 * Issue 14's "Pending and held writes": a write the service refused, or one that met someone
 * else's change, is listed with whose it is and why, and a person puts it right from the list
 * (edit and resend, send theirs over, discard) against the real stub.
 */
class PendingWritesFlowTest {

    private static final String NINO = "ZX000001A";
    private final FxRobot robot = new FxRobot();

    @Test
    void aRefusedNoteIsListedEditedAndResentFromTheList() throws Exception {
        try (AppHarness harness = AppHarness.start()) {
            harness.open(robot, NINO);
            harness.stub.faults().set(StubApi.CITIZEN, Fault.errors(1.0, 422));
            robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
            robot.clickOn("#note-text").write("Rang about the payment date");
            robot.clickOn("#note-save");
            waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().startsWith("Note needs attention"));
            assertThat(harness.window.status().said()).contains("Pending and held writes");
            harness.stub.faults().clear(StubApi.CITIZEN);

            robot.clickOn("#status-pending");
            TableView<UnsentWrite> list = waitForList(harness, 1);
            UnsentWrite held = list.getItems().getFirst();
            assertThat(held.entry().description()).isEqualTo("Contact note");
            assertThat(held.isHeld()).isTrue();
            assertThat(robot.lookup("Held: the service refused it").tryQuery()).isPresent();
            assertThat(robot.lookup("ZX 00 00 01 A").tryQuery()).as("whose it is").isPresent();

            robot.clickOn("Held: the service refused it");
            robot.clickOn("#pending-edit");
            robot.clickOn("#pending-edit-text").press(KeyCode.END).release(KeyCode.END).write(", next due on the 11th");
            robot.clickOn("#pending-edit-resend");

            waitUntil(Duration.ofSeconds(10), () -> list.getItems().isEmpty());
            ContactNoteList notes = harness.http.get("/citizen/v1/citizens/" + NINO + "/notes", ContactNoteList.class);
            assertThat(notes.notes().getFirst().text()).isEqualTo("Rang about the payment date, next due on the 11th");
        }
    }

    @Test
    void aChangeThatMetSomeoneElsesIsHeldAndCanBeSentOverTheirsOrDiscarded() throws Exception {
        try (AppHarness harness = AppHarness.start()) {
            harness.open(robot, NINO);
            // Someone else changes the record after this screen loaded it.
            someoneElseSetsTheEmail(harness, "someone.else@example.org");

            robot.clickOn("#action-contact");
            AppHarness.replaceText(robot, "#contact-email", "mine@example.org");
            robot.clickOn("#contact-save");
            waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().contains("needs attention"));

            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
            TableView<UnsentWrite> list = waitForList(harness, 1);
            assertThat(robot.lookup("Held: someone else changed the record").tryQuery()).isPresent();
            robot.clickOn("Held: someone else changed the record");
            robot.clickOn("#pending-overwrite");

            waitUntil(Duration.ofSeconds(10), () -> list.getItems().isEmpty());
            Citizen after = harness.http.get("/citizen/v1/citizens/" + NINO, Citizen.class);
            assertThat(after.contact().email()).isEqualTo("mine@example.org");

            // Again, and this time the caseworker keeps the other version: discard, after confirming.
            someoneElseSetsTheEmail(harness, "someone.else@example.org");
            // This dialog's own Close: the main window's hidden help overlay has a "Close" button too.
            javafx.scene.Node pending = robot.lookup("#pending-writes").query();
            robot.clickOn(robot.from(pending.getScene().getRoot())
                    .lookup((javafx.scene.control.Button b) -> "Close".equals(b.getText())).queryButton());
            waitUntil(Duration.ofSeconds(10), () -> robot.lookup("#pending-writes").tryQuery().isEmpty());
            robot.clickOn("#action-contact");
            AppHarness.replaceText(robot, "#contact-email", "mine.again@example.org");
            robot.clickOn("#contact-save");
            waitUntil(Duration.ofSeconds(10), () -> harness.window.status().said().contains("needs attention"));
            robot.clickOn("#status-pending");
            TableView<UnsentWrite> again = waitForList(harness, 1);
            robot.clickOn("Held: someone else changed the record");
            robot.clickOn("#pending-discard");
            robot.clickOn("#pending-discard-confirm");
            waitUntil(Duration.ofSeconds(10), () -> again.getItems().isEmpty());
            assertThat(harness.http.get("/citizen/v1/citizens/" + NINO, Citizen.class).contact().email())
                    .isEqualTo("someone.else@example.org");
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<UnsentWrite> waitForList(AppHarness harness, int rows) throws Exception {
        waitUntil(Duration.ofSeconds(10), () -> robot.lookup("#pending-writes").tryQuery().isPresent()
                && robot.lookup("#pending-writes").<TableView<UnsentWrite>>query().getItems().size() == rows);
        return robot.lookup("#pending-writes").query();
    }

    /** A PUT from another desk: the current ETag, a different email. */
    private static void someoneElseSetsTheEmail(AppHarness harness, String email) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = harness.stub.baseUri().resolve("/citizen/v1/citizens/" + NINO);
        String token = harness.stub.accessToken(uk.caseview.stubs.idp.StaffAccount.TRAINEE);
        HttpResponse<String> current = client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        String etag = current.headers().firstValue("ETag").orElseThrow();
        Citizen c = uk.caseview.sdk.json.Json.mapper().readValue(current.body(), Citizen.class);
        var details = new uk.caseview.sdk.model.citizen.ContactDetails(c.contact().phone(), c.contact().mobile(), email);
        HttpResponse<String> put = client.send(HttpRequest.newBuilder(uri.resolve(NINO + "/contact-details"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("If-Match", etag).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .PUT(HttpRequest.BodyPublishers.ofString(uk.caseview.sdk.json.Json.mapper().writeValueAsString(details)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }
}
