package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.app.testing.StubHttp;
import uk.caseview.sdk.auth.Role;
import uk.caseview.sdk.model.citizen.AuditAction;
import uk.caseview.sdk.model.citizen.AuditEvent;
import uk.caseview.sdk.model.citizen.AuditEventList;
import uk.caseview.stubs.idp.StaffAccount;

/**
 * Issue 12's audit trail, end to end against the stub: opening a record, revealing bank details,
 * opening a restricted record and writing a note each land on the customer's trail with who,
 * when and why; a reason is asked for before anything protected is shown; and a team leader
 * reads the trail from the customer's screen.
 */
class AuditTrailFlowTest {

    private final FxRobot robot = new FxRobot();

    @Test
    void openingARecordAndRevealingBankDetailsAreOnTheTrailWithTheReason() throws Exception {
        try (AppHarness harness = AppHarness.start("trainee")) {
            CustomerTab alys = harness.open(robot, "ZX000001A");

            reveal(alys);
            waitUntil(Duration.ofSeconds(5), () -> robot.lookup("#audit-reason").tryQuery().isPresent());
            robot.clickOn("#audit-reason").write("check");
            robot.clickOn("#audit-reason-confirm");
            assertThat(robot.lookup("#audit-reason-message").queryLabeled().getText()).contains("at least 10");
            assertThat(accountNumber(alys)).as("still masked while no reason is on record").startsWith("••••");

            robot.clickOn("#audit-reason").write(" refund payment details with customer");
            robot.clickOn("#audit-reason-confirm");
            waitUntil(Duration.ofSeconds(5), () -> !accountNumber(alys).contains("•"));

            List<AuditEvent> trail = trail(harness, "ZX000001A", 2);
            assertThat(trail).extracting(AuditEvent::action)
                    .containsExactly(AuditAction.REVEALED_BANK_DETAILS, AuditAction.OPENED_RECORD);
            assertThat(trail.getFirst().reason()).isEqualTo("check refund payment details with customer");
            assertThat(trail).allSatisfy(e -> {
                assertThat(e.staffId()).as("who comes from the token").isEqualTo("trainee");
                assertThat(e.staffName()).isEqualTo(StaffAccount.TRAINEE.name());
            });
        }
    }

    @Test
    void cancellingTheReasonKeepsBankDetailsMaskedAndRecordsNothing() throws Exception {
        try (AppHarness harness = AppHarness.start("trainee")) {
            CustomerTab alys = harness.open(robot, "ZX000001A");
            reveal(alys);
            waitUntil(Duration.ofSeconds(5), () -> robot.lookup("#audit-reason-cancel").tryQuery().isPresent());
            robot.clickOn("#audit-reason-cancel");
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(accountNumber(alys)).startsWith("••••");
            List<AuditEvent> trail = trail(harness, "ZX000001A", 1);
            assertThat(trail).extracting(AuditEvent::action).containsExactly(AuditAction.OPENED_RECORD);
        }
    }

    @Test
    void aRestrictedRecordShowsNothingOfTheCustomerUntilAReasonIsRecorded() throws Exception {
        try (AppHarness harness = AppHarness.start("trainee")) {
            CustomerTab claire = harness.open(robot, "ZX000014A");
            waitUntil(Duration.ofSeconds(5), claire::isWithheld);
            assertThat(robot.from(claire.content()).lookup("#restricted-gate").tryQuery()).isPresent();
            assertThat(robot.from(claire.content()).lookup("Claire").tryQuery()).as("no name on screen").isEmpty();
            assertThat(robot.from(claire.content()).lookup("#panel-personal").tryQuery()).isEmpty();
            assertThat(claire.tab().getText()).isEqualTo("Restricted record");

            robot.clickOn("#restricted-open");
            waitUntil(Duration.ofSeconds(5), () -> robot.lookup("#audit-reason").tryQuery().isPresent());
            robot.clickOn("#audit-reason").write("Customer called to report a change of address");
            robot.clickOn("#audit-reason-confirm");
            waitUntil(Duration.ofSeconds(5), () -> !claire.isWithheld());
            assertThat(robot.from(claire.content()).lookup("#panel-personal").tryQuery()).isPresent();
            assertThat(claire.tab().getText()).isEqualTo("Lloyd, Claire");

            List<AuditEvent> trail = trail(harness, "ZX000014A", 2);
            assertThat(trail.getFirst().action()).isEqualTo(AuditAction.OPENED_RESTRICTED_RECORD);
            assertThat(trail.getFirst().reason()).isEqualTo("Customer called to report a change of address");

            // Closed and opened again, the record asks again: each opening has its own reason.
            robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W)
                    .release(javafx.scene.input.KeyCode.W, javafx.scene.input.KeyCode.CONTROL);
            waitUntil(Duration.ofSeconds(5), () -> harness.window.customer(claire.nino()).isEmpty());
            WaitForAsyncUtils.asyncFx(() -> harness.window.openCustomer(claire.nino())).get();
            waitUntil(Duration.ofSeconds(5), () -> harness.window.customer(claire.nino()).map(CustomerTab::isWithheld)
                    .orElse(false));
        }
    }

    @Test
    void aNoteIsOnTheTrailButNotCountedAsTheCaseworkersOwnUnsentChange() throws Exception {
        try (AppHarness harness = AppHarness.start("trainee")) {
            harness.open(robot, "ZX000001A");
            robot.clickOn("#action-note");
            robot.clickOn("#note-text").write("Rang to ask when the next payment is due.");
            robot.clickOn("#note-save");

            List<AuditEvent> trail = trail(harness, "ZX000001A", 2);
            assertThat(trail.getFirst().action()).isEqualTo(AuditAction.RECORDED_WRITE);
            assertThat(trail.getFirst().detail()).isEqualTo("Contact note");
            // The note is sent; its audit record is bookkeeping and never shows as the caseworker's change.
            waitUntil(Duration.ofSeconds(10), () -> robot.lookup("#status-pending").queryLabeled().getText()
                    .equals("Nothing waiting to send"));
        }
    }

    @Test
    void aTeamLeaderReadsTheTrailFromTheCustomersScreen() throws Exception {
        try (AppHarness harness = AppHarness.start(StaffAccount.withOnly(Role.TEAM_LEADER).username())) {
            harness.open(robot, "ZX000001A");
            trail(harness, "ZX000001A", 1); // the opening has reached the service
            robot.clickOn("#action-audit");
            waitUntil(Duration.ofSeconds(5), () -> robot.lookup("#audit-trail").tryQuery().isPresent()
                    && !robot.lookup("#audit-trail").<TableView<AuditEvent>>query().getItems().isEmpty());
            TableView<AuditEvent> table = robot.lookup("#audit-trail").query();
            assertThat(table.getItems().getFirst().staffName()).isEqualTo("Lee Leader (synthetic)");
            assertThat(robot.lookup("#audit-trail-message").queryLabeled().getText()).endsWith("newest first.");
            assertThat(robot.lookup("Opened the record").tryQuery()).isPresent();
        }
    }

    /** The button sits below the fold of the Personal panel; a caseworker scrolls, the test fires it. */
    private static void reveal(CustomerTab tab) throws Exception {
        WaitForAsyncUtils.asyncFx(((javafx.scene.control.Button) tab.content().lookup("#bank-reveal"))::fire).get();
    }

    private static String accountNumber(CustomerTab tab) {
        return ((javafx.scene.control.Label) tab.content().lookup("#bank-account-number")).getText();
    }

    /** The customer's trail as a team leader reads it from the service, once it holds {@code atLeast} events. */
    private static List<AuditEvent> trail(AppHarness harness, String nino, int atLeast) throws Exception {
        StubHttp leader = new StubHttp(harness.stub.baseUri(),
                harness.stub.accessToken(StaffAccount.withOnly(Role.TEAM_LEADER)));
        String path = "/citizen/v1/citizens/" + nino + "/audit-events";
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> leader.get(path, AuditEventList.class).events().size() >= atLeast);
        return leader.get(path, AuditEventList.class).events();
    }
}
