package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.ui.format.Money;
import uk.caseview.ui.workspace.debt.worklist.WorklistRow;

/**
 * Issue 6's debt officer's path through the real shell on the embedded stub: the "Debt recovery" tab,
 * broken plans, a debt, a plan agreed through the app's durable outbox, then "Open customer" and the
 * new plan read off the customer tab's Debts panel. Once with the debt API up, once with it failing
 * when "Agree plan" is pressed, so the plan waits in the outbox and is sent when the API is back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebtRecoveryFlowTest {

    static {
        // One glide step per click, as in the workspace's own flow: software rendering stays cheap.
        System.setProperty("testfx.robot.move_max_count", "1");
        System.setProperty("testfx.robot.write_sleep", "5");
    }

    /** Only a hang guard: every wait ends as soon as its condition holds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static AppHarness harness;
    private static final Set<String> debtsUsed = new HashSet<>();
    /** Every message the status bar showed, in order: a plan's receipts pass quickly on a fast stub. */
    private static final List<String> statusMessages = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        harness = AppHarness.start();
        WaitForAsyncUtils.asyncFx(() -> ((Labeled) harness.window.status().lookup("#status-message"))
                .textProperty().addListener((o, was, now) -> statusMessages.add(now))).get();
    }

    @AfterAll
    static void stopApp() throws Exception {
        harness.close();
    }

    @AfterEach
    void healthyAgain() {
        harness.stub.faults().clear(StubApi.DEBT);
        statusMessages.clear();
    }

    @Test
    @Order(1)
    void aPlanAgreedInTheWorkspaceShowsInTheCustomersDebtsPanel() throws Exception {
        WorklistItem debt = openABrokenDebt();
        long instalment = buildAPlan(debt);

        pressAgree(debt);
        waitFor(() -> text(debtTab(debt), "#plan-submission").startsWith("Plan agreed"),
                () -> "plan submission '" + text(debtTab(debt), "#plan-submission") + "', agree disabled "
                        + in(debtTab(debt), "#plan-agree").isDisabled() + ", labels " + labels(debtTab(debt))
                        + ", status " + statusMessages);
        waitFor(() -> harness.window.status().pendingText().equals("Nothing waiting to send"),
                () -> "status '" + harness.window.status().pendingText() + "'");
        // The shell's status bar follows the workspace's write as it does the customer screens' own.
        waitFor(() -> statusMessages.contains("Repayment plan sent."), () -> "status messages " + statusMessages);
        assertThat(statusMessages).containsSubsequence(
                "Repayment plan saved on this PC. Sending it now.", "Repayment plan sent.");

        assertTheCustomerViewShowsThePlan(debt, instalment);
    }

    @Test
    @Order(2)
    void withTheDebtApiDownThePlanIsQueuedThenSentAndShown() throws Exception {
        WorklistItem debt = openABrokenDebt();
        long instalment = buildAPlan(debt);

        harness.stub.faults().set(StubApi.DEBT, Fault.errors(1.0, 503));
        pressAgree(debt);
        waitFor(() -> text(debtTab(debt), "#plan-submission").contains("queued on this computer"),
                () -> "plan submission '" + text(debtTab(debt), "#plan-submission") + "'");
        waitFor(() -> harness.window.status().pendingText().equals("1 waiting to send"),
                () -> "status '" + harness.window.status().pendingText() + "'");
        assertThat(in(debtTab(debt), "#plan-agree").isDisabled()).as("no second copy can be agreed").isTrue();
        // Its first attempt failed, so the status bar no longer promises "now".
        waitFor(() -> harness.window.status().said()
                        .equals("Repayment plan saved on this PC. The service isn't taking it yet; it will be sent when the service is back."),
                () -> "status messages " + statusMessages);
        // (Whether it first said "Sending it now." depends on whether the connection checks had
        // already seen the debt service fail; either way it must not claim the plan was sent.)
        assertThat(statusMessages).doesNotContain("Repayment plan sent.");

        harness.stub.faults().clear(StubApi.DEBT);
        waitFor(() -> harness.window.status().pendingText().equals("Nothing waiting to send"),
                () -> "status '" + harness.window.status().pendingText() + "'");
        waitFor(() -> text(debtTab(debt), "#plan-submission").startsWith("The queued plan has been sent. Plan agreed"),
                () -> "plan submission '" + text(debtTab(debt), "#plan-submission") + "'");
        waitFor(() -> statusMessages.contains("Repayment plan sent."), () -> "status messages " + statusMessages);
        assertThat(statusMessages).containsSubsequence(
                "Repayment plan saved on this PC. The service isn't taking it yet; it will be sent when the service is back.",
                "Repayment plan sent.");

        assertTheCustomerViewShowsThePlan(debt, instalment);
    }

    /** "Debt recovery" tab → Worklist → plan status "Plan broken" → double click a debt not used before. */
    private WorklistItem openABrokenDebt() throws Exception {
        robot.clickOn("#workspace-debt .tab-label");
        robot.clickOn("#debt-worklist-tab .tab-label");
        // The stub builds its worklist caseload from the first request; until it is ready it answers
        // "preparing" and the worklist says so and asks again by itself: the first page needs no Retry.
        waitFor(() -> {
            assertThat(text(worklist(), "#worklist-failure")).as("worklist failure").isEmpty();
            return text(worklist(), "#worklist-summary").endsWith("debts match");
        }, () -> "worklist '" + text(worklist(), "#worklist-summary") + "' / '"
                + text(worklist(), "#worklist-failure") + "'");

        robot.clickOn(in(worklist(), "#filter-plan-status"));
        pick("Plan broken");
        waitFor(() -> retryWorklistIfItFailed() && firstRowIsBroken() && brokenRowNotUsedBefore() != null,
                () -> "worklist '" + text(worklist(), "#worklist-summary") + "' / '"
                        + text(worklist(), "#worklist-failure") + "'");
        WorklistItem debt = brokenRowNotUsedBefore().getItem().item();
        debtsUsed.add(debt.debtId());

        // The row selected and Enter, as a keyboard user opens it (double click does the same; a robot's
        // double click on a row the pager is redrawing can be lost).
        TableView<WorklistRow> table = robot.from(worklist()).lookup("#debt-worklist-table").queryTableView();
        WaitForAsyncUtils.asyncFx(() -> {
            int index = -1;
            for (int i = 0; i < table.getItems().size() && index < 0; i++) {
                WorklistRow r = table.getItems().get(i);
                index = r.loaded() && r.item().debtId().equals(debt.debtId()) ? i : -1;
            }
            table.getSelectionModel().clearAndSelect(index);
            table.getFocusModel().focus(index);
            table.requestFocus();
        }).get();
        robot.type(KeyCode.ENTER);
        waitFor(() -> debtTab(debt) != null, () -> "debt tab for " + debt.debtId() + ", selected "
                + table.getSelectionModel().getSelectedItem());
        // A ledger read that outlasts the SDK's short test timeout shows "Retry"; a caseworker presses it.
        waitFor(() -> retryDebtIfItFailed(debt)
                        && text(debtTab(debt), "#ledger-reconciliation-headline").startsWith("The ledger reconciles"),
                () -> "debt tab for " + debt.debtId() + ": '" + text(debtTab(debt), "#ledger-reconciliation-headline")
                        + "' / '" + text(debtTab(debt), "#debt-failure") + "' / " + labels(debtTab(debt)));
        return debt;
    }

    /**
     * "Agree plan" from the keyboard: focus it and press Space. With a long affordability text the button
     * sits below the form's scroll viewport, where a robot's click lands on whatever is drawn there instead.
     */
    private void pressAgree(WorklistItem debt) {
        javafx.scene.control.Button agree = (javafx.scene.control.Button) in(debtTab(debt), "#plan-agree");
        robot.interact(agree::requestFocus);
        robot.type(KeyCode.SPACE);
    }

    /** The plan builder, by direct payment over about two years: whole pounds, at least £5. */
    private long buildAPlan(WorklistItem debt) throws Exception {
        robot.clickOn(in(debtTab(debt), "#debt-plan-tab .tab-label"));
        waitFor(() -> !text(debtTab(debt), "#plan-affordability").isEmpty()
                && !text(debtTab(debt), "#plan-affordability").startsWith("Working out"), () -> "affordability");
        robot.clickOn(in(debtTab(debt), "#plan-method"));
        pick("Direct payment");
        long instalment = Math.max(500, Math.ceilDiv(debt.outstandingPence(), 2_400) * 100);
        String typed = Long.toString(instalment / 100);
        // Affordability arriving can put its proposal in the box after a first typing; then type again.
        waitFor(() -> {
            var box = (javafx.scene.control.TextInputControl) in(debtTab(debt), "#plan-instalment");
            if (!box.getText().equals(typed)) {
                robot.interact(() -> {
                    box.requestFocus();
                    box.selectAll();
                });
                robot.write(typed);
            }
            return box.getText().equals(typed);
        }, () -> "instalment typed '" + typed + "', box '"
                + ((javafx.scene.control.TextInputControl) in(debtTab(debt), "#plan-instalment")).getText() + "'");
        waitFor(() -> text(debtTab(debt), "#plan-summary").contains("Cleared on")
                        && robot.from(debtTab(debt)).lookup("#plan-messages .label").queryAll().isEmpty()
                        && !in(debtTab(debt), "#plan-agree").isDisabled(),
                () -> "plan summary '" + text(debtTab(debt), "#plan-summary") + "', method '"
                        + text(debtTab(debt), "#plan-method") + "', instalment '"
                        + ((javafx.scene.control.TextInputControl) in(debtTab(debt), "#plan-instalment")).getText()
                        + "', problem '" + text(debtTab(debt), "#plan-amount-problem") + "', messages "
                        + robot.from(debtTab(debt)).lookup("#plan-messages .label").queryAll().stream()
                                .map(n -> ((Labeled) n).getText()).toList());
        return instalment;
    }

    /**
     * "Open customer" on the debt, then the customer tab's Debts panel, as a caseworker reads it: the
     * debt's row selected, its plan card showing the instalment and "Plan active". If the tab was
     * already open (its view cached) or the debt API is still paused after an outage, F5 / Retry
     * fetches it again, as a caseworker would.
     */
    private void assertTheCustomerViewShowsThePlan(WorklistItem item, long instalment) throws Exception {
        Nino nino = Nino.parse(item.nino());
        robot.clickOn(in(debtTab(item), "#debt-open-customer"));
        waitFor(() -> harness.window.customer(nino).isPresent()
                && harness.window.tabs().getSelectionModel().getSelectedItem() == harness.window.customer(nino)
                        .get().tab(), () -> "customer tab");
        CustomerTab customer = harness.window.customer(nino).orElseThrow();
        Node panel = robot.from(customer.content()).lookup("#panel-debts").query();
        TableView<Debt> table = robot.from(panel).lookup("#debt-table").queryTableView();

        waitFor(() -> {
            var view = customer.viewProperty().get();
            if (!view.isComplete()) {
                return false;
            }
            if (view.debts() instanceof SourceState.Unavailable<?>) {
                if (!mayRetryNow()) {
                    return false;
                }
                robot.clickOn(robot.from(panel).lookup("Retry").queryButton());
                return false;
            }
            boolean planShown = table.getItems().stream().anyMatch(d -> d.debtId().equals(item.debtId())
                    && d.repaymentPlan() != null && d.repaymentPlan().status() == PlanStatus.ACTIVE);
            if (!planShown && mayRetryNow()) {
                robot.type(KeyCode.F5); // the view was cached: fetch this customer again
            }
            return planShown;
        }, () -> "customer view debts " + customer.viewProperty().get().debts().getClass().getSimpleName());

        Debt shown = table.getItems().stream().filter(d -> d.debtId().equals(item.debtId())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> table.scrollTo(shown)).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(rowShowing(table, item.debtId()));
        Node plan = robot.from(panel).lookup("#debt-plan").query();
        waitFor(() -> labels(plan).contains("Plan active"), () -> "plan card " + labels(plan));
        String expected = Money.format(instalment);
        assertThat(labels(plan)).as("the plan card for the selected debt")
                .contains("Plan active")
                .anyMatch(t -> t.startsWith(expected + " ") && t.endsWith("by direct payment"));
        // The table's row agrees: the next instalment is a date now, not "Plan broken".
        var nextDue = table.getColumns().stream().filter(c -> "Next due".equals(c.getText())).findFirst().orElseThrow();
        int row = table.getItems().indexOf(shown);
        assertThat(String.valueOf(nextDue.getCellData(row))).doesNotStartWith("Plan").isNotEqualTo("No repayment plan");
    }

    private boolean retryWorklistIfItFailed() {
        if (!text(worklist(), "#worklist-failure").isEmpty()) {
            if (!mayRetryNow()) {
                return false;
            }
            robot.clickOn(in(worklist(), "#worklist-retry"));
            return false;
        }
        return true;
    }

    private long lastRetry;

    /** Retry, at a caseworker's pace: the SDK's breaker pauses a failing API for a moment. */
    private boolean mayRetryNow() {
        if (System.nanoTime() - lastRetry < Duration.ofSeconds(2).toNanos()) {
            return false;
        }
        lastRetry = System.nanoTime();
        return true;
    }

    private boolean retryDebtIfItFailed(WorklistItem debt) {
        if (!text(debtTab(debt), "#debt-failure").isEmpty()) {
            if (!mayRetryNow()) {
                return false;
            }
            robot.clickOn(robot.from(debtTab(debt)).lookup(".button").match(
                    (javafx.scene.control.Button b) -> "Retry".equals(b.getText()) && b.isVisible()
                            && b.getParent().isVisible()).<javafx.scene.control.Button>query());
            return false;
        }
        return true;
    }

    /** Picks an entry in the drop-down list now open (not a closed combo elsewhere showing the same text). */
    private void pick(String entry) {
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> entry.equals(c.getText())).<Node>query());
    }

    private boolean firstRowIsBroken() {
        TableView<WorklistRow> table = robot.from(worklist()).lookup("#debt-worklist-table").queryTableView();
        return !table.getItems().isEmpty() && table.getItems().get(0).loaded()
                && table.getItems().get(0).item().planStatus() == PlanStatus.BROKEN;
    }

    private TableRow<WorklistRow> brokenRowNotUsedBefore() {
        return robot.from(worklist()).lookup(".table-row-cell").<TableRow<WorklistRow>>match(r -> r.isVisible()
                        && r.getItem() != null && r.getItem().loaded()
                        && r.getItem().item().planStatus() == PlanStatus.BROKEN
                        && !debtsUsed.contains(r.getItem().item().debtId()))
                .<TableRow<WorklistRow>>tryQuery().orElse(null);
    }

    private Node worklist() {
        return workspaceTab("debt-worklist-tab").getContent();
    }

    private Node debtTab(WorklistItem item) {
        Tab tab = workspaceTab("debt-tab-" + item.debtId());
        return tab == null ? null : tab.getContent();
    }

    private Tab workspaceTab(String id) {
        TabPane tabs = robot.lookup("#debt-workspace").query();
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElse(null);
    }

    private TableRow<Debt> rowShowing(TableView<Debt> table, String debtId) {
        return robot.from(table).lookup(".table-row-cell").<TableRow<Debt>>match(r -> r.isVisible()
                && r.getItem() != null && debtId.equals(r.getItem().debtId())).<TableRow<Debt>>query();
    }

    private Node in(Node root, String query) {
        return robot.from(root).lookup(query).query();
    }

    private String text(Node root, String query) {
        if (root == null) {
            return "";
        }
        return robot.from(root).lookup(query).tryQuery().map(n -> n instanceof Labeled l ? l.getText()
                : n instanceof javafx.scene.control.ComboBox<?> c && c.getValue() != null ? c.getValue().toString() : "")
                .orElse("");
    }

    private List<String> labels(Node root) {
        return robot.from(root).lookup(".label").queryAll().stream().map(n -> ((Labeled) n).getText()).toList();
    }

    /** Polls until the condition holds, reading the screen between FX events; the bound is a hang guard. */
    private static void waitFor(BooleanSupplier condition, java.util.function.Supplier<String> whatWeSaw)
            throws Exception {
        try {
            WaitForAsyncUtils.waitFor(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting; saw " + whatWeSaw.get(), e);
        }
    }
}
