package uk.caseview.ui.debt;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.flag.FlagScan;
import uk.caseview.ui.format.Labels;
import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.state.SourcePane;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Tone;
import uk.caseview.ui.widget.Columns;
import uk.caseview.ui.widget.Layouts;
import uk.caseview.ui.widget.PendingChanges;
import uk.caseview.ui.widget.Pill;

/**
 * Total outstanding, every debt with its status (virtualised: a record can hold hundreds), and
 * the repayment plan of the selected debt with its next instalment.
 */
final class DebtPanel implements CustomerPanel {

    private final PanelContext context;
    private final SourcePane<Debts> pane;
    private final Label total = Layouts.label("", Styles.FIGURE);
    private final Label caption = Layouts.label("", Styles.FIGURE_CAPTION);
    private final Pill arrears = new Pill("", Tone.DANGER);
    private final ObservableList<Debt> rows = FXCollections.observableArrayList();
    private final TableView<Debt> table = new TableView<>(rows);
    private final VBox plan = Layouts.stack();
    /** A repayment plan agreed on this PC (or in the debt workspace) but not yet in the debts the service sent. */
    private final PendingChanges pending = new PendingChanges("debt-pending", this::pendingLine);

    DebtPanel(PanelContext context, String title) {
        this.context = context;
        this.pane = new SourcePane<>(title, Source.DEBT, context::retry);
        total.setId("debt-total");
        total.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        total.setAccessibleText("Total outstanding");
        total.textProperty().addListener((o, a, b) -> total.setAccessibleText("Total outstanding " + b));

        table.setId("debt-table");
        table.setAccessibleText("Debts");
        table.setPlaceholder(new Label("No debts on record."));
        var name = Columns.text("Debt", DebtViewModel::debtName);
        var status = Columns.pills("Status", Debt::status, Labels::humanise, DebtViewModel::tone,
                DebtViewModel.statusLabels());
        var owed = Columns.money("Owed", Debt::outstandingPence);
        var original = Columns.money("Original", Debt::originalPence);
        var next = Columns.text("Next due", DebtViewModel::nextInstalment);
        Columns.keepWhole(next);
        // Next due has the share for "Plan completed" where there is room; only its dates are kept whole.
        Columns.widths(new double[] {30, 15, 13, 13, 23}, name, status, owed, original, next);
        table.getColumns().addAll(java.util.List.of(name, status, owed, original, next));
        // Large text in a narrow panel: what is owed matters more than what was, and the plan card
        // below names the selected debt's next instalment. The column menu brings either back.
        table.setTableMenuButtonVisible(true);
        Columns.fit(table, original, next);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Debt item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("cv-row-alert");
                if (!empty && item != null && FlagScan.inArrears(item)) {
                    getStyleClass().add("cv-row-alert");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, debt) -> showPlan(debt));
        VBox.setVgrow(table, Priority.ALWAYS);

        HBox headline = Layouts.row(Layouts.stack(total, caption), Layouts.spacer(), arrears);
        plan.getStyleClass().add(Styles.CARD);
        plan.setId("debt-plan");
        VBox content = Layouts.stack(headline, pending.node(), table, plan);
        if (context.hasWorkspace(DebtViewModel.WORKSPACE_ID)) {
            Button open = new Button("Open in debt workspace");
            open.getStyleClass().add(Styles.BUTTON_QUIET);
            open.setOnAction(e -> context.openWorkspace(DebtViewModel.WORKSPACE_ID));
            pane.headerTools().add(open);
        }
        pane.setContent(content);
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void show(CustomerView view) {
        pane.show(view.debts(), context.clock().instant(), this::render);
        pending.show(view.unsent());
    }

    /** "Repayment plan: £25.00 monthly from 1 Feb 2026, for Universal Credit overpayment". */
    private String pendingLine(uk.caseview.sdk.outbox.UnsentWrite u) {
        if (!(u.request() instanceof uk.caseview.sdk.outbox.WriteRequest.RepaymentPlanWrite w)) {
            return null;
        }
        String line = uk.caseview.ui.format.PendingWrites.summary(u);
        return rows.stream().filter(d -> d.debtId().equals(w.debtId())).findFirst()
                .map(d -> line + ", for " + DebtViewModel.debtName(d)).orElse(line);
    }

    @Override
    public void focus() {
        pane.focusBody();
    }

    @Override
    public boolean showDetail(CustomerFlag flag) {
        if (flag != CustomerFlag.DEBT_IN_ARREARS) {
            return false;
        }
        rows.stream().filter(FlagScan::inArrears).findFirst().ifPresent(d -> {
            table.getSelectionModel().select(d);
            table.scrollTo(d);
        });
        table.requestFocus();
        return true;
    }

    private void render(Debts debts) {
        var ordered = DebtViewModel.ordered(debts);
        total.setText(DebtViewModel.totalOutstanding(debts));
        caption.setText(DebtViewModel.caption(debts));
        long inArrears = DebtViewModel.inArrearsCount(debts);
        arrears.setText(inArrears + " in arrears");
        arrears.setVisible(inArrears > 0);
        rows.setAll(ordered);
        // With none on record the headline says so ("£0.00", "No debts on record"); an empty table
        // under it only said it again (seen for ZX000006A).
        boolean any = !ordered.isEmpty();
        table.setVisible(any);
        table.setManaged(any);
        DebtViewModel.focusDebt(ordered).ifPresentOrElse(
                d -> table.getSelectionModel().select(d), () -> showPlan(null));
    }

    private void showPlan(Debt debt) {
        plan.getChildren().clear();
        if (debt == null) {
            plan.setVisible(false);
            plan.setManaged(false);
            return;
        }
        plan.setVisible(true);
        plan.setManaged(true);
        Label title = Layouts.label(DebtViewModel.debtName(debt), "cv-card-title");
        Label reason = Layouts.label(debt.reason() == null ? "" : debt.reason(), Styles.MUTED);
        plan.getChildren().add(Layouts.row(title, reason));
        RepaymentPlan p = debt.repaymentPlan();
        if (p == null) {
            plan.getChildren().add(Layouts.label("No repayment plan. Recovery: "
                    + Labels.humanise(debt.recoveryMethod()).toLowerCase(java.util.Locale.UK) + ".", Styles.MUTED));
            return;
        }
        Pill status = new Pill("Plan " + Labels.humanise(p.status()).toLowerCase(java.util.Locale.UK),
                DebtViewModel.tone(p.status()));
        Label summary = Layouts.label(DebtViewModel.planSummary(p), "cv-emphasis");
        Label next = Layouts.label(DebtViewModel.instalmentLine(p), Styles.VALUE);
        next.setId("debt-next-instalment");
        Label missed = Layouts.label(DebtViewModel.missed(p), p.missedPayments() > 0 ? "cv-danger-text" : Styles.MUTED);
        plan.getChildren().addAll(Layouts.row(status, summary), Layouts.row(next, Layouts.spacer(), missed));
        if (p.hardshipReason() != null && !p.hardshipReason().isBlank()) {
            plan.getChildren().add(Layouts.label("Hardship: " + p.hardshipReason(), Styles.MUTED));
        }
    }
}
