package uk.caseview.ui.workspace.debt.detail;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.sdk.repayment.Pence;
import uk.caseview.sdk.repayment.PlanStanding;
import uk.caseview.sdk.repayment.ReconciledLedger;
import uk.caseview.sdk.repayment.ReconciledLine;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.widget.Columns;
import uk.caseview.ui.theme.Tone;
import uk.caseview.ui.widget.Pill;
import uk.caseview.ui.workspace.debt.DebtLabels;
import uk.caseview.ui.workspace.debt.Dates;
import uk.caseview.ui.workspace.debt.TimeAxis;

/**
 * One debt: a header with the balance, plan status and "Open customer", then the ledger (with its
 * reconciliation and chart) and the plan builder on tabs.
 */
public final class DebtDetailView {

    private final DebtDetailViewModel model;
    private final Runnable openCustomer;
    private final BorderPane root = new BorderPane();
    private final VBox header = new VBox(6);
    private final VBox reconciliation = new VBox(4);
    private final TableView<ReconciledLine> ledger = new TableView<>();
    private final XYChart.Series<Number, Number> balance = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> recovered = new XYChart.Series<>();
    private final Tab planTab = new Tab("Repayment plan");
    private final TabPane tabs = new TabPane();

    public DebtDetailView(DebtDetailViewModel model, Runnable openCustomer) {
        this.model = model;
        this.openCustomer = openCustomer;
        root.getStyleClass().add("dw-debt-detail");
        root.setPadding(new Insets(12));
        root.setTop(header);
        Tab ledgerTab = new Tab("Ledger", ledgerPane());
        ledgerTab.setId("debt-ledger-tab");
        planTab.setId("debt-plan-tab");
        planTab.setContent(new Label("The plan builder opens once the debt has loaded."));
        tabs.getTabs().setAll(ledgerTab, planTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(stateful(tabs));
        model.detailsProperty().addListener((obs, old, now) -> show(now));
        model.chartProperty().addListener((obs, old, now) -> showChart(now));
        show(model.detailsProperty().get());
    }

    public Node node() {
        return root;
    }

    public void setPlanBuilder(Node builder) {
        planTab.setContent(builder);
    }

    /**
     * Takes the keyboard focus for this debt as its tab opens, and hands it to the ledger once that
     * has loaded. Without this the worklist row that was double-clicked left the scene with the focus,
     * and JavaFX passed it to the status bar.
     */
    public void takeFocus() {
        if (model.detailsProperty().get() != null) {
            ledger.requestFocus();
            return;
        }
        root.requestFocus();
        model.detailsProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends DebtDetails> obs, DebtDetails old,
                    DebtDetails now) {
                if (now == null) {
                    return;
                }
                obs.removeListener(this);
                // Only if the caseworker has not gone elsewhere while it loaded.
                if (root.getScene() != null && root.getScene().getFocusOwner() == root) {
                    ledger.requestFocus();
                }
            }
        });
    }

    public void selectPlanTab() {
        tabs.getSelectionModel().select(planTab);
    }

    private Node stateful(Node content) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        spinner.visibleProperty().bind(model.loadingProperty());
        Label failure = new Label();
        failure.setId("debt-failure");
        failure.setWrapText(true);
        failure.getStyleClass().add("dw-inline-error");
        failure.textProperty().bind(model.failureProperty());
        Button retry = new Button("Retry");
        retry.setOnAction(e -> model.load());
        VBox problem = new VBox(8, failure, retry);
        problem.setAlignment(Pos.CENTER);
        problem.visibleProperty().bind(model.failureProperty().isNotEmpty());
        content.visibleProperty().bind(model.detailsProperty().isNotNull());
        return new StackPane(content, spinner, problem);
    }

    private Node ledgerPane() {
        reconciliation.setId("ledger-reconciliation");
        ledger.setId("ledger-table");
        ledger.setPlaceholder(new Label("This debt has no ledger lines."));
        // Columns that measure their cells at the text size, so fit() keeps dates and amounts whole.
        TableColumn<ReconciledLine, String> check = Columns.text("Check",
                l -> l.mismatch() ? "Out by " + Pence.format(l.differencePence()) : "✓");
        List<TableColumn<ReconciledLine, ?>> columns = List.of(
                Columns.date("Date", l -> l.transaction().date()),
                Columns.text("Transaction", l -> DebtLabels.of(l.transaction().type())),
                Columns.text("Description", l -> l.transaction().description()),
                Columns.money("Amount", l -> l.transaction().amountPence()),
                Columns.money("Stated balance", l -> l.transaction().balancePence()),
                Columns.money("Running balance", ReconciledLine::runningBalancePence),
                check);
        columns.forEach(c -> c.setSortable(false)); // a ledger reads in date order
        ledger.getColumns().setAll(columns);
        // The description is the one free text: it gets the room, the amounts what they need (seen on
        // screen: equal columns cut "Overpayment: change of ci…" beside half-empty amount columns).
        Columns.widths(new double[] {11, 13, 34, 11, 12, 12, 9}, columns.toArray(TableColumn[]::new));
        Columns.fit(ledger);
        ledger.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReconciledLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("dw-row-mismatch");
                if (!empty && line != null && line.mismatch()) {
                    getStyleClass().add("dw-row-mismatch");
                }
            }
        });
        ledger.setPrefHeight(180);
        VBox.setVgrow(ledger, Priority.ALWAYS);

        NumberAxis x = TimeAxis.create("Date");
        NumberAxis y = TimeAxis.pounds("Amount");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("ledger-chart");
        chart.getStyleClass().add("dw-time-chart");
        chart.setTitle("Balance and recoveries over time");
        chart.setAnimated(false);
        chart.getStyleClass().add("dw-ledger-chart");
        balance.setName("Balance");
        recovered.setName("Recovered to date");
        chart.getData().setAll(List.of(balance, recovered));
        ledger.getStyleClass().add("dw-ledger-table");
        // Scrolls when the window is too short for the ledger and chart at their least (large text,
        // a small screen), rather than squeezing the chart to a strip.
        ScrollPane page = uk.caseview.ui.fx.ScrollPanes.page(new VBox(10, reconciliation, ledger, chart));
        page.getStyleClass().add("dw-page");
        return page;
    }

    private void show(DebtDetails d) {
        if (d == null) {
            return;
        }
        header.getChildren().setAll(headerFor(d));
        showReconciliation(d.ledger());
        ledger.getItems().setAll(d.ledger().lines());
    }

    private List<Node> headerFor(DebtDetails d) {
        Debt debt = d.debt();
        Label title = new Label(DebtLabels.of(debt.type()) + " · " + debt.debtId());
        title.setId("debt-title");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        Label outstanding = new Label(Pence.format(debt.outstandingPence()));
        outstanding.setId("debt-outstanding");
        outstanding.getStyleClass().add(Styles.FIGURE);
        Label of = new Label("outstanding of " + Pence.format(debt.originalPence()) + ", raised "
                + (debt.raisedOn() == null ? "" : Dates.LONG.format(debt.raisedOn())));
        of.getStyleClass().add(Styles.MUTED);
        Label debtStatus = new Pill("Debt " + DebtLabels.of(debt.status()).toLowerCase(java.util.Locale.UK), Tone.NEUTRAL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label customer = new Label(Nino.isValid(debt.nino()) ? Nino.parse(debt.nino()).formatted() : debt.nino());
        customer.setId("debt-nino");
        Button open = new Button("Open customer");
        open.setId("debt-open-customer");
        open.setOnAction(e -> openCustomer.run());
        open.setDisable(!Nino.isValid(debt.nino()));
        HBox top = new HBox(10, title, debtStatus, spacer, customer, open);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox figures = new HBox(8, outstanding, of);
        figures.setAlignment(Pos.BASELINE_LEFT);
        return List.of(top, figures, planLine(d));
    }

    private Node planLine(DebtDetails d) {
        RepaymentPlan plan = d.debt().repaymentPlan();
        if (plan == null) {
            Label none = new Label("No repayment plan. Build one on the Repayment plan tab.");
            none.setId("debt-plan-line");
            none.getStyleClass().add(Styles.MUTED);
            return none;
        }
        PlanStanding standing = d.standing();
        Label status = new Pill("Plan " + DebtLabels.of(standing.status()).toLowerCase(java.util.Locale.UK),
                DebtLabels.toneOf(standing.status()));
        status.setId("debt-plan-status");
        Label terms = new Label(Pence.format(plan.instalmentPence()) + " " + Pence.per(plan.frequency()) + " by "
                + DebtLabels.of(plan.method()).toLowerCase(java.util.Locale.UK) + " from "
                + (plan.startDate() == null ? "?" : Dates.LONG.format(plan.startDate()))
                + (plan.endDate() == null ? "" : " to " + Dates.LONG.format(plan.endDate())) + ". " + standing.explanation());
        terms.setId("debt-plan-line");
        terms.setWrapText(true);
        HBox line = new HBox(8, status, terms);
        line.setAlignment(Pos.CENTER_LEFT);
        if (d.planStatusDisagrees()) {
            Label differs = new Label("The debt service records this plan as "
                    + DebtLabels.of(plan.status()).toLowerCase(java.util.Locale.UK) + ".");
            differs.setId("debt-plan-status-differs");
            differs.getStyleClass().add("dw-inline-warning");
            return new VBox(4, line, differs);
        }
        return line;
    }

    private void showReconciliation(ReconciledLedger r) {
        Label headline = new Label(r.reconciles()
                ? "The ledger reconciles to the penny: its lines add up to the outstanding balance of "
                        + Pence.format(r.outstandingPence()) + "."
                : "The ledger does not reconcile. Check it before agreeing a plan.");
        headline.setId("ledger-reconciliation-headline");
        headline.setWrapText(true);
        reconciliation.getStyleClass().removeAll("dw-reconciled", "dw-not-reconciled");
        reconciliation.getStyleClass().add(r.reconciles() ? "dw-reconciled" : "dw-not-reconciled");
        reconciliation.getChildren().setAll(headline);
        for (String finding : r.findings()) {
            Label l = new Label("• " + finding);
            l.setWrapText(true);
            reconciliation.getChildren().add(l);
        }
        Label totals = new Label("Raised " + Pence.format(r.totals().raisedPence()) + " · recovered by deduction "
                + Pence.format(r.totals().recoveredByDeductionPence()) + " · by direct payment "
                + Pence.format(r.totals().recoveredByDirectPaymentPence()) + " · adjustments "
                + Pence.format(r.totals().adjustmentsPence()) + " · written off "
                + Pence.format(r.totals().writtenOffPence()) + " · missed payments " + r.totals().missedPayments());
        totals.setId("ledger-totals");
        totals.setWrapText(true);
        totals.getStyleClass().add(Styles.MUTED);
        reconciliation.getChildren().add(totals);
    }

    private void showChart(List<BalancePoint> points) {
        balance.getData().setAll(points.stream()
                .map(p -> new XYChart.Data<Number, Number>(p.date().toEpochDay(), TimeAxis.plotPounds(p.balancePence())))
                .toList());
        recovered.getData().setAll(points.stream()
                .map(p -> new XYChart.Data<Number, Number>(p.date().toEpochDay(),
                        TimeAxis.plotPounds(p.recoveredToDatePence())))
                .toList());
    }
}
