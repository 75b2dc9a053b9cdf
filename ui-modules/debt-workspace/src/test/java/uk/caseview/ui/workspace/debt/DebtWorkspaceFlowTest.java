package uk.caseview.ui.workspace.debt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.repayment.WorklistSort;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;
import uk.caseview.ui.workspace.debt.plan.DirectPlanSubmitter;
import uk.caseview.ui.workspace.debt.worklist.SavedFilterStore;
import uk.caseview.ui.workspace.debt.worklist.WorklistRow;

/**
 * The debt officer's path through the workspace, driven through the screen: filter the worklist
 * for broken plans, open the debt, build a plan, agree it, and see it on the debt and in the
 * worklist, then open the customer.
 */
@ExtendWith(ApplicationExtension.class)
class DebtWorkspaceFlowTest {

    static {
        // TestFX glides the mouse in up to 200 steps, each waiting for a rendered frame; under the
        // software pipeline that is seconds per click. One step still clicks where a person would.
        System.setProperty("testfx.robot.move_max_count", "1");
        System.setProperty("testfx.robot.write_sleep", "5");
    }

    @TempDir
    static Path config;

    private final FakeDebtService service = new FakeDebtService();
    private TestWorkspaceContext context;
    private DebtWorkspace workspace;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(FakeDebtService.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        context = new TestWorkspaceContext(service.apis(), BackgroundTasks.onVirtualThreads(), clock);
        workspace = new DebtWorkspace(context, SavedFilterStore.inConfigDirectory(config),
                new DirectPlanSubmitter(service));
        Scene scene = new Scene((Parent) workspace.node(), 1024, 700);
        new Theme().applyTo(scene); // as the shell does: the workspace's colours come from the theme's variables
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void filterOpenBuildAgreeAndSeeThePlan(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#worklist-summary").endsWith("debts match"));
        assertThat(text(robot, "#worklist-summary")).isEqualTo("5,001 debts match");

        // A column header sorts on the server: age, newest first; then balance, which a first click
        // sorts lowest first and a second highest first.
        robot.clickOn("Age (days)");
        waitUntil(() -> workspace.worklist().criteriaProperty().get().sort() == WorklistSort.NEWEST_FIRST
                && firstRow(robot) != null && firstRow(robot).loaded() && firstRow(robot).item().ageDays() == 1);
        robot.clickOn("Balance");
        waitUntil(() -> workspace.worklist().criteriaProperty().get().sort() == WorklistSort.BALANCE_LOW_FIRST);
        robot.clickOn("Balance");
        waitUntil(() -> firstRow(robot) != null && firstRow(robot).loaded()
                && FakeDebtService.DEBT_ID.equals(firstRow(robot).item().debtId()));

        robot.clickOn("#filter-plan-status").clickOn("Plan broken");
        waitUntil(() -> firstRow(robot) != null && firstRow(robot).loaded()
                && firstRow(robot).item().planStatus() == PlanStatus.BROKEN
                && !text(robot, "#worklist-summary").startsWith("5,001"));
        assertThat(firstRow(robot).item().debtId()).isEqualTo(FakeDebtService.DEBT_ID);

        robot.doubleClickOn(FakeDebtService.DEBT_ID);
        waitUntil(() -> robot.lookup("#ledger-reconciliation-headline").tryQuery().isPresent());
        assertThat(text(robot, "#ledger-reconciliation-headline")).startsWith("The ledger reconciles to the penny");
        assertThat(text(robot, "#debt-plan-line")).contains("2 instalments missed in a row");

        robot.clickOn("Repayment plan");
        waitUntil(() -> text(robot, "#plan-summary").contains("Cleared on"));
        assertThat(text(robot, "#plan-summary")).startsWith("27 instalments");

        robot.clickOn("#plan-instalment").push(KeyCode.CONTROL, KeyCode.A).write("61");
        waitUntil(() -> robot.lookup("#plan-messages .label").queryAll().size() == 1);
        assertThat(robot.lookup("#plan-messages .label").queryAs(Label.class).getText()).contains("15% cap");
        assertThat(robot.lookup("#plan-agree").queryButton().isDisabled()).isTrue();

        robot.clickOn("#plan-instalment").push(KeyCode.CONTROL, KeyCode.A).write("35");
        waitUntil(() -> text(robot, "#plan-summary").startsWith("30 instalments, £1,050.00 in total"));
        assertThat(robot.lookup("#plan-messages .label").queryAll()).isEmpty();

        robot.clickOn("#plan-agree");
        waitUntil(() -> text(robot, "#plan-submission").startsWith("Plan agreed"));
        assertThat(service.plansAgreed).singleElement()
                .satisfies(p -> assertThat(p.instalmentPence()).isEqualTo(3_500));
        assertThat(service.idempotencyKeysSeen).singleElement().asString().hasSizeGreaterThanOrEqualTo(8);

        // The debt reloads with its new plan, and the broken-plans worklist no longer lists it.
        waitUntil(() -> text(robot, "#debt-plan-line").startsWith("£35.00 a month"));
        assertThat(robot.lookup("#debt-plan-status").queryAs(Label.class).getText()).isEqualTo("Plan active");
        robot.clickOn("Worklist");
        waitUntil(() -> firstRow(robot) != null && firstRow(robot).loaded()
                && !FakeDebtService.DEBT_ID.equals(firstRow(robot).item().debtId()));

        robot.clickOn(FakeDebtService.DEBT_ID); // the debt's tab
        robot.clickOn("#debt-open-customer");
        waitUntil(() -> !context.customersOpened.isEmpty());
        assertThat(context.customersOpened).singleElement()
                .satisfies(n -> assertThat(n.value()).isEqualTo(FakeDebtService.NINO));
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
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            WorklistRow first = firstRowOf(workspace);
            throw new AssertionError("Timed out. Worklist sort " + workspace.worklist().criteriaProperty().get().sort()
                    + ", summary '" + workspace.worklist().summaryProperty().get() + "', first row " + first
                    + (first != null && first.loaded() ? " age " + first.item().ageDays() : ""), e);
        }
    }

    private static WorklistRow firstRowOf(DebtWorkspace w) {
        return w.worklist().rows().isEmpty() ? null : w.worklist().rows().get(0);
    }
}
