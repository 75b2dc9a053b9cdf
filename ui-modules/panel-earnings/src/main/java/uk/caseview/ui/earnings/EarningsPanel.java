package uk.caseview.ui.earnings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.state.SourcePane;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Tone;
import uk.caseview.ui.widget.Columns;
import uk.caseview.ui.widget.Layouts;
import uk.caseview.ui.widget.Pill;

/**
 * HMRC RTI pay: a chart of monthly gross by employer beside the submissions table, alerts marked
 * on the chart and listed under it, and a period picker that filters both.
 */
final class EarningsPanel implements CustomerPanel {

    private final PanelContext context;
    private final SourcePane<Earnings> pane;
    private final ComboBox<EarningsPeriod> period =
            new ComboBox<>(FXCollections.observableArrayList(EarningsPeriod.values()));
    private final Label summary = Layouts.label("", Styles.MUTED);
    private final EarningsChart chart = new EarningsChart();
    private final VBox alerts = new VBox();
    private final ObservableList<PayRow> rows = FXCollections.observableArrayList();
    private final TableView<PayRow> table = new TableView<>(rows);
    private Earnings earnings;

    EarningsPanel(PanelContext context, String title) {
        this.context = context;
        this.pane = new SourcePane<>(title, Source.EARNINGS, context::retry);

        period.setId("earnings-period");
        period.setAccessibleText("Earnings period");
        period.getSelectionModel().select(EarningsPeriod.LAST_12_MONTHS);
        period.valueProperty().addListener((obs, old, now) -> {
            if (earnings != null) {
                render(earnings);
            }
        });
        pane.headerTools().addAll(summary, period);

        chart.setId("earnings-chart");
        chart.setMinHeight(0);
        VBox.setVgrow(chart, Priority.ALWAYS);
        alerts.setId("earnings-alerts");
        alerts.getStyleClass().add("cv-stack");

        table.setId("earnings-table");
        table.setAccessibleText("RTI pay periods");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No pay reported in this period."));
        table.getColumns().add(Columns.date("Paid", r -> r.period().payDate()));
        table.getColumns().add(Columns.text("Employer", PayRow::employerName));
        table.getColumns().add(Columns.money("Gross", r -> r.period().grossPence()));
        table.getColumns().add(Columns.money("Tax", r -> r.period().taxPence()));
        table.getColumns().add(Columns.money("NI", r -> r.period().niPence()));

        VBox chartSide = Layouts.stack(chart, alerts);
        SplitPane split = new SplitPane(chartSide, table);
        split.setDividerPositions(0.55);
        pane.setContent(split);
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void show(CustomerView view) {
        pane.show(view.earnings(), context.clock().instant(), this::render);
    }

    @Override
    public void focus() {
        pane.focusBody();
    }

    @Override
    public boolean showDetail(CustomerFlag flag) {
        if (flag != CustomerFlag.EARNINGS_ALERT) {
            return false;
        }
        if (earnings != null && !earnings.alerts().isEmpty() && alerts.getChildren().isEmpty()) {
            period.setValue(EarningsPeriod.ALL); // the alert is older than the period on screen
        }
        alerts.getChildren().stream().flatMap(n -> ((javafx.scene.Parent) n).getChildrenUnmodifiable().stream())
                .filter(n -> n instanceof Button).findFirst().ifPresentOrElse(Node::requestFocus, pane::focusBody);
        return true;
    }

    private void render(Earnings value) {
        this.earnings = value;
        LocalDate today = LocalDate.now(context.clock());
        EarningsPeriod p = period.getValue();
        List<PayRow> inPeriod = EarningsViewModel.rows(value, p, today);
        rows.setAll(inPeriod);
        summary.setText(EarningsViewModel.summary(inPeriod, p));
        List<EarningsAlert> alertsInPeriod = EarningsViewModel.alerts(value, p, today);
        chart.show(EarningsViewModel.monthly(value, p, today), alertsInPeriod,
                EarningsViewModel.thresholds(alertsInPeriod));
        alerts.getChildren().setAll(alertsInPeriod.stream().map(this::alertRow).toList());
    }

    private Node alertRow(EarningsAlert alert) {
        Pill title = new Pill(EarningsViewModel.alertTitle(alert), Tone.WARNING);
        Button detail = new Button(EarningsViewModel.alertDetail(alert));
        detail.getStyleClass().add(Styles.BUTTON_QUIET);
        detail.setWrapText(true);
        detail.setAccessibleText(title.getText() + ", " + detail.getText() + ". Shows the pay period.");
        detail.setOnAction(e -> selectPayFor(alert));
        return Layouts.row(title, detail);
    }

    /** Selects the submission the alert is about: same employer, same month, where there is one. */
    private void selectPayFor(EarningsAlert alert) {
        if (alert.raisedOn() == null) {
            return;
        }
        YearMonth month = YearMonth.from(alert.raisedOn());
        rows.stream()
                .filter(r -> YearMonth.from(r.period().payDate()).equals(month))
                .filter(r -> alert.payeReference() == null || alert.payeReference().equals(r.payeReference()))
                .findFirst()
                .ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    table.requestFocus();
                });
    }
}
