package uk.caseview.ui.workspace.debt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.sdk.CaseviewSdk;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.repayment.Pence;
import uk.caseview.sdk.repayment.WorklistSort;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;
import uk.caseview.ui.workspace.debt.worklist.SavedFilterStore;
import uk.caseview.ui.workspace.debt.worklist.WorklistRow;

/**
 * The debt officer's path against the embedded stub server (120,000 debts on the worklist), with
 * plans agreed through the SDK's durable outbox: once with the debt API up, once with it down when
 * "Agree plan" is pressed, so the plan is queued and sent when the API comes back.
 */
@ExtendWith(ApplicationExtension.class)
class DebtWorkspaceStubFlowTest {

    static {
        // See DebtWorkspaceFlowTest: a glide of one step per click keeps software rendering cheap.
        System.setProperty("testfx.robot.move_max_count", "1");
        System.setProperty("testfx.robot.write_sleep", "5");
    }

    private CaseviewSdk sdk;
    private TestWorkspaceContext context;
    private DebtWorkspace workspace;
    private Theme theme;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("debt-flow-data");
        Path config = Files.createTempDirectory("debt-flow-config");
        sdk = StubbedDebtService.sdk("debt-flow-" + System.nanoTime(), data);
        Clock clock = Clock.fixed(StubbedDebtService.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        context = new TestWorkspaceContext(sdk.apis(), BackgroundTasks.onVirtualThreads(), clock, sdk.outbox());
        workspace = new DebtWorkspace(context, SavedFilterStore.inConfigDirectory(config),
                DebtWorkspaceProvider.submitterFor(context));
        Scene scene = new Scene((Parent) workspace.node(), 1024, 700);
        theme = new Theme();
        theme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        StubbedDebtService.server().faults().clearAll();
        sdk.close();
    }

    @Test
    void filterOpenBuildAgreeAndSeeThePlan(FxRobot robot) throws Exception {
        // A column header sorts on the server: age, newest first; balance needs a first click (lowest
        // first) and a second (highest first).
        waitUntil(() -> text(robot, "#worklist-summary").endsWith("debts match"));
        robot.clickOn("Age (days)");
        waitUntil(() -> workspace.worklist().criteriaProperty().get().sort() == WorklistSort.NEWEST_FIRST
                && firstRow(robot) != null && firstRow(robot).loaded()
                && firstRow(robot).item().ageDays() <= workspace.worklist().rows().get(1).item().ageDays());
        robot.clickOn("Balance");
        robot.clickOn("Balance");
        waitUntil(() -> workspace.worklist().criteriaProperty().get().sort() == WorklistSort.BALANCE_HIGH_FIRST
                && firstRow(robot) != null && firstRow(robot).loaded());

        WorklistItem debt = openFirstBrokenDebtAndBuildAPlan(robot);
        String good = robot.lookup("#plan-instalment").queryTextInputControl().getText();

        // What the caseworker types is checked as they type, and a bad plan can't be agreed.
        robot.clickOn("#plan-instalment").push(KeyCode.CONTROL, KeyCode.A).write("1");
        waitUntil(() -> robot.lookup("#plan-messages .label").queryAll().stream()
                .anyMatch(l -> ((javafx.scene.control.Labeled) l).getText().contains("below the minimum")
                        || ((javafx.scene.control.Labeled) l).getText().contains("at most 10 years")));
        assertThat(robot.lookup("#plan-agree").queryButton().isDisabled()).isTrue();
        robot.clickOn("#plan-instalment").push(KeyCode.CONTROL, KeyCode.A).write(good);
        waitUntil(() -> robot.lookup("#plan-messages .label").queryAll().isEmpty()
                && !robot.lookup("#plan-agree").queryButton().isDisabled());

        robot.clickOn("#plan-agree");
        waitUntil(() -> text(robot, "#plan-submission").startsWith("Plan agreed"));
        // The shell was told, once, so its status bar can follow the plan to "sent".
        assertThat(context.savedWrites).singleElement().asString().startsWith("Repayment plan: ");
        assertPlanAgreedAndShown(robot, debt);
    }

    @Test
    void withTheDebtApiDownThePlanIsQueuedAndSentLater(FxRobot robot) throws Exception {
        WorklistItem debt = openFirstBrokenDebtAndBuildAPlan(robot);

        StubbedDebtService.server().faults().set(StubApi.DEBT, Fault.errors(1.0, 503));
        robot.clickOn("#plan-agree");
        waitUntil(() -> text(robot, "#plan-submission").contains("queued on this computer"));
        assertThat(robot.lookup("#plan-agree").queryButton().isDisabled()).isTrue(); // no second copy
        assertThat(sdk.outbox().pendingCount()).isEqualTo(1);
        assertThat(context.savedWrites).singleElement().asString().startsWith("Repayment plan: ");

        StubbedDebtService.server().faults().clear(StubApi.DEBT);
        waitUntil(() -> text(robot, "#plan-submission").startsWith("The queued plan has been sent. Plan agreed"));
        assertThat(sdk.outbox().pendingCount()).isZero();
        assertPlanAgreedAndShown(robot, debt);
    }

    /** Worklist → broken plans → first debt → plan builder, by direct payment over about two years. */
    @Test
    void aRoleThatMayNotAgreePlansSeesTheDebtButNoPlanBuilder(FxRobot robot) throws Exception {
        // A team leader works the caseload; only a debt officer agrees a plan (the role matrix).
        context.granted.remove(uk.caseview.sdk.auth.Permission.AGREE_REPAYMENT_PLAN);
        waitUntil(() -> text(robot, "#worklist-summary").endsWith("debts match"));
        waitUntil(() -> firstRow(robot) != null && firstRow(robot).loaded());
        robot.doubleClickOn(rowShowing(robot, firstRow(robot).item().debtId()));
        waitUntil(() -> robot.lookup("#ledger-reconciliation-headline").tryQuery().isPresent());

        robot.clickOn("Repayment plan");
        waitUntil(() -> robot.lookup("#plan-not-for-role").tryQuery().isPresent());
        assertThat(text(robot, "#plan-not-for-role")).isEqualTo("Only a debt officer agrees a repayment plan.");
        assertThat(robot.lookup("#plan-agree").tryQuery()).isEmpty();
    }

    /**
     * At 150 % text in a 1024 x 700 window the plan builder's choices read whole and its chart keeps
     * its height: the page scrolls instead (seen on screen: pixel widths cut "Direct paym…" and the
     * chart was squeezed to a strip).
     */
    @Test
    void atLargeTextThePlanBuilderReadsWholeAndItsPageScrolls(FxRobot robot) throws Exception {
        openFirstBrokenDebtAndBuildAPlan(robot);
        WaitForAsyncUtils.asyncFx(() -> theme.setFontScale(1.5)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Node builder = robot.lookup(".dw-plan-builder").query();
        List<javafx.scene.control.Labeled> labels = WaitForAsyncUtils.asyncFx(() -> labelsOnShow(builder)).get();
        assertThat(labels).extracting(javafx.scene.control.Labeled::getText).as("the choices on show")
                .contains("Direct payment", "Monthly", "Reduced rate for hardship");
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> labels.stream()
                .filter(l -> l.lookup(".text") instanceof javafx.scene.text.Text t && !l.getText().equals(t.getText()))
                .map(javafx.scene.control.Labeled::getText)
                .toList()).get();
        TableView<?> schedule = robot.lookup("#plan-schedule").queryTableView();
        assertThat(cut).as("labels cut short; schedule %s px: %s", schedule.getWidth(), schedule.getVisibleLeafColumns()
                .stream().map(c -> c.getText() + "=" + c.getWidth() + "(min " + c.getMinWidth() + ")").toList()).isEmpty();

        double em = Theme.BASE_FONT_PX * 1.5;
        javafx.scene.layout.Region chart = robot.lookup("#plan-chart").query();
        assertThat(chart.getHeight()).as("chart height").isGreaterThanOrEqualTo(12 * em);
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) robot.lookup(".dw-page")
                .match(n -> n.isVisible() && ((javafx.scene.control.ScrollPane) n).getContent() == builder).query();
        assertThat(page.getContent().getLayoutBounds().getHeight()).as("the page scrolls")
                .isGreaterThan(page.getViewportBounds().getHeight());
    }

    private static List<javafx.scene.control.Labeled> labelsOnShow(Node node) {
        List<javafx.scene.control.Labeled> found = new java.util.ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isBlank()) {
            found.add(l);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> found.addAll(labelsOnShow(child)));
        }
        return found;
    }

    private static boolean onShow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private WorklistItem openFirstBrokenDebtAndBuildAPlan(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#worklist-summary").endsWith("debts match"));
        assertThat(workspace.worklist().pager().totalItems()).isGreaterThanOrEqualTo(100_000);

        robot.clickOn("#filter-plan-status").clickOn("Plan broken");
        waitUntil(() -> firstRow(robot) != null && firstRow(robot).loaded()
                && firstRow(robot).item().planStatus() == PlanStatus.BROKEN);
        WorklistItem debt = firstRow(robot).item();

        robot.doubleClickOn(rowShowing(robot, debt.debtId()));
        waitUntil(() -> robot.lookup("#ledger-reconciliation-headline").tryQuery().isPresent());
        assertThat(text(robot, "#ledger-reconciliation-headline")).startsWith("The ledger reconciles to the penny");
        // The keyboard follows the caseworker into the debt: the ledger has the focus, not whatever
        // JavaFX picked when the double-clicked row left the scene.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ledger-table").queryTableView().isFocused()).as("ledger focused").isTrue();
        // The stub derives its plan status with the SDK's own rule (decision 0402), so the ledger's
        // reading and the debt service's agree and nothing is flagged.
        assertThat(robot.lookup("#debt-plan-status").queryLabeled().getText()).isEqualTo("Plan broken");
        assertThat(robot.lookup("#debt-plan-status-differs").tryQuery()).isEmpty();
        // The free-text description gets the ledger's room, not an equal share beside the amounts.
        javafx.scene.control.TableView<?> ledger = robot.lookup("#ledger-table").queryTableView();
        double description = ledger.getColumns().get(2).getWidth();
        assertThat(ledger.getColumns().get(2).getText()).isEqualTo("Description");
        assertThat(description).as("Description beside Amount").isGreaterThan(2 * ledger.getColumns().get(3).getWidth());

        robot.clickOn("Repayment plan");
        waitUntil(() -> robot.lookup("#plan-affordability").tryQuery().isPresent()
                && !text(robot, "#plan-affordability").startsWith("Working out"));
        robot.clickOn("#plan-method").clickOn("Direct payment");
        long instalment = Math.max(500, Math.ceilDiv(debt.outstandingPence(), 2_400) * 100); // whole pounds, ≤ 24
        robot.clickOn("#plan-instalment").push(KeyCode.CONTROL, KeyCode.A)
                .write(Pence.format(instalment).substring(1).replace(",", ""));
        waitUntil(() -> text(robot, "#plan-summary").contains("Cleared on")
                && robot.lookup("#plan-messages .label").queryAll().isEmpty());
        return debt;
    }

    private void assertPlanAgreedAndShown(FxRobot robot, WorklistItem item) throws Exception {
        // The debt service has it: this is what the customer's single view shows in its debt panel.
        Debt onServer = sdk.apis().debt().getDebts(item.nino()).debts().stream()
                .filter(d -> d.debtId().equals(item.debtId())).findFirst().orElseThrow();
        assertThat(onServer.repaymentPlan().status())
                .as("debt %s v%d, outbox %s, screen '%s'", onServer.debtId(), onServer.version(), sdk.outbox().entries(),
                        text(robot, "#plan-submission"))
                .isEqualTo(PlanStatus.ACTIVE);
        assertThat(onServer.repaymentPlan().method()).isEqualTo(RecoveryMethod.DIRECT_PAYMENT);

        // The debt tab reloads with it, and the worklist's broken plans no longer lead with this debt.
        waitUntil(() -> robot.lookup("#debt-plan-status").queryLabeled().getText().equals("Plan active"));
        robot.clickOn("Worklist");
        // After an outage the SDK's circuit breaker may still be pausing calls to the debt API for a
        // moment; the worklist says so and the caseworker presses Retry, as here.
        waitUntil(() -> !workspace.worklist().pager().isLoading());
        if (workspace.worklist().failureProperty().get() != null) {
            Thread.sleep(600); // the breaker's pause in these tests
            robot.clickOn("#worklist-retry");
        }
        waitUntil(() -> firstRow(robot) != null && firstRow(robot).loaded()
                && !item.debtId().equals(firstRow(robot).item().debtId()));

        robot.clickOn("#debt-tab-" + item.debtId() + " .tab-label");
        robot.clickOn("#debt-open-customer");
        waitUntil(() -> !context.customersOpened.isEmpty());
        assertThat(context.customersOpened).singleElement()
                .satisfies(n -> assertThat(n.value()).isEqualTo(item.nino()));
    }

    /** The visible table row holding this debt (a text lookup could find the table's hidden measuring cell). */
    private static javafx.scene.Node rowShowing(FxRobot robot, String debtId) {
        return robot.lookup("#debt-worklist-table .table-row-cell").match((javafx.scene.control.TableRow<WorklistRow> r) ->
                r.isVisible() && r.getItem() != null && r.getItem().loaded()
                        && debtId.equals(r.getItem().item().debtId())).query();
    }

    private static WorklistRow firstRow(FxRobot robot) {
        TableView<WorklistRow> table = robot.lookup("#debt-worklist-table").queryTableView();
        return table.getItems().isEmpty() ? null : table.getItems().get(0);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out. Worklist '" + workspace.worklist().summaryProperty().get() + "' "
                    + workspace.worklist().failureProperty().get(), e);
        }
    }
}
