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
import javafx.geometry.Orientation;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import uk.caseview.ui.format.Dates;
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

/**
 * HMRC RTI pay: a chart of monthly gross by employer, with a key to its colours, beside the
 * submissions table, alerts marked on the chart and listed under it, and a period picker that
 * filters both.
 */
final class EarningsPanel implements CustomerPanel {

    private final PanelContext context;
    private final SourcePane<Earnings> pane;
    private final ComboBox<EarningsPeriod> period =
            new ComboBox<>(FXCollections.observableArrayList(EarningsPeriod.values()));
    private final Label summary = Layouts.label("", Styles.MUTED);
    private final EarningsChart chart = new EarningsChart();
    private final EmployerKey key = new EmployerKey();
    /** The chart and its key, shown or hidden together. */
    private final VBox chartAndKey = new VBox(chart, key);
    private final Label noPay = new Label();
    private final FlowPane alerts = new FlowPane();
    private final ObservableList<PayRow> rows = FXCollections.observableArrayList();
    private final TableView<PayRow> table = new TableView<>(rows);
    private final SplitPane split = new SplitPane();
    private Earnings earnings;
    /** RTI fetched for a longer period than the view's default window, for this customer. */
    private Earnings wider;
    private LocalDate widening;
    private LocalDate failedFrom;
    private String failure;

    EarningsPanel(PanelContext context, String title) {
        this.context = context;
        this.pane = new SourcePane<>(title, Source.EARNINGS, context::retry);

        period.setId("earnings-period");
        period.setAccessibleText("Earnings period");
        period.getSelectionModel().select(EarningsPeriod.LAST_12_MONTHS);
        period.valueProperty().addListener((obs, old, now) -> {
            failedFrom = null; // picking a period again is the way to try a failed fetch again
            if (earnings != null) {
                render(earnings);
            }
        });
        // The period is always read whole; the summary beside it gives way first (its tooltip reads it whole).
        period.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        Layouts.wholeInTooltip(summary);
        pane.headerTools().addAll(summary, period);

        chart.setId("earnings-chart");
        chart.setMinHeight(0);
        chart.getStyleClass().add("cv-chart-min");
        VBox.setVgrow(chart, Priority.ALWAYS);
        key.setId("earnings-key");
        alerts.setId("earnings-alerts");
        alerts.getStyleClass().add("cv-alert-list");

        table.setId("earnings-table");
        table.setAccessibleText("RTI pay periods");
        // Not seen while the table lists only the period's pay: with none, the table leaves the panel (showTable).
        table.setPlaceholder(new Label("No pay reported in this period."));
        table.setTableMenuButtonVisible(true);
        var paid = Columns.date("Paid", (PayRow r) -> r.period().payDate());
        var employer = Columns.text("Employer", PayRow::employerName);
        var gross = Columns.money("Gross", (PayRow r) -> r.period().grossPence());
        var tax = Columns.money("Tax", (PayRow r) -> r.period().taxPence());
        var ni = Columns.money("NI", (PayRow r) -> r.period().niPence());
        Columns.widths(new double[] {13, 22, 12, 10, 10}, paid, employer, gross, tax, ni);
        table.getColumns().addAll(List.of(paid, employer, gross, tax, ni));
        // Tax and NI only when there is room to read them whole; the column menu shows them on demand.
        Columns.fit(table, ni, tax);

        noPay.getStyleClass().add(Styles.EMPTY);
        noPay.setWrapText(true);
        // The key hangs just under the month labels it explains, without the stack's spacing.
        VBox.setVgrow(chartAndKey, Priority.ALWAYS);
        VBox chartSide = Layouts.stack(chartAndKey, noPay, alerts);
        split.getItems().setAll(chartSide, table);
        split.setDividerPositions(0.55);
        // Chart beside the table when the panel is wide enough to read both; stacked when narrow.
        split.widthProperty().addListener((o, a, w) -> {
            Orientation wanted = w.doubleValue() >= 44 * summary.getFont().getSize()
                    ? Orientation.HORIZONTAL : Orientation.VERTICAL;
            if (split.getOrientation() != wanted) {
                split.setOrientation(wanted);
                split.setDividerPositions(wanted == Orientation.VERTICAL ? 0.62 : 0.55);
            }
        });
        split.heightProperty().addListener((o, a, h) -> keepChipsAboveTheTable(split, chartSide));
        alerts.heightProperty().addListener((o, a, h) -> keepChipsAboveTheTable(split, chartSide));
        key.heightProperty().addListener((o, a, h) -> keepChipsAboveTheTable(split, chartSide));
        split.orientationProperty().addListener((o, a, now) -> keepChipsAboveTheTable(split, chartSide));
        pane.setContent(split);
    }

    /**
     * Stacked, the chart's side needs the chart's minimum and every row of alert chips. A split pane
     * gives a side its minimum height but leaves the next side where the divider is, so a divider
     * set too high put the pay table over the last row of chips (seen on screen at 1440 x 900): the
     * divider moves down to just below what the chart's side needs, but never past 90 %, so the table
     * keeps a few rows (at 130 % text in a short panel, not everything fits).
     */
    private static void keepChipsAboveTheTable(SplitPane split, VBox chartSide) {
        if (split.getOrientation() != Orientation.VERTICAL || split.getDividers().isEmpty()) {
            return;
        }
        double inner = split.getHeight() - split.snappedTopInset() - split.snappedBottomInset();
        if (inner <= 0) {
            return;
        }
        double needed = chartSide.minHeight(chartSide.getWidth());
        double at = split.getDividers().get(0).getPosition();
        if (needed > at * inner) {
            split.setDividerPositions(Math.min(0.9, Math.ceil(needed + 1) / inner));
        }
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
        alerts.getChildren().stream().findFirst().ifPresentOrElse(Node::requestFocus, pane::focusBody);
        return true;
    }

    private void render(Earnings fromView) {
        this.earnings = fromView;
        LocalDate today = LocalDate.now(context.clock());
        EarningsPeriod p = period.getValue();
        LocalDate needed = p.firstDay(today);
        boolean widerCovers = wider != null && wider.from() != null && !wider.from().isAfter(needed);
        Earnings value = covers(fromView, needed) || !widerCovers ? fromView : wider;
        List<PayRow> inPeriod = EarningsViewModel.rows(value, p, today);
        rows.setAll(inPeriod);
        if (widerCovers || covers(fromView, needed)) {
            summary.setText(EarningsViewModel.summary(inPeriod, p));
        } else if (needed.equals(failedFrom)) {
            summary.setText("Earlier pay could not be fetched: " + failure + " Showing what is held.");
        } else {
            summary.setText("Fetching pay since " + Dates.format(needed) + "…");
        }
        List<EarningsAlert> alertsInPeriod = EarningsViewModel.alerts(value, p, today);
        chart.show(EarningsViewModel.monthly(value, p, today), alertsInPeriod,
                EarningsViewModel.thresholds(alertsInPeriod));
        key.show(chart.getData());
        alerts.getChildren().setAll(alertsInPeriod.stream().map(this::alertRow).toList());
        boolean anyPay = !inPeriod.isEmpty();
        // Hidden whole: an empty box that still grows would push the no-pay message halfway down.
        chartAndKey.setVisible(anyPay);
        chartAndKey.setManaged(anyPay);
        noPay.setText(EarningsViewModel.noPay(p));
        noPay.setVisible(!anyPay);
        noPay.setManaged(!anyPay);
        showTable(anyPay);
        // Last, so a result that lands at once (a synchronous executor) redraws over this one.
        if (!covers(fromView, needed) && !widerCovers && !needed.equals(failedFrom)) {
            widen(needed, today);
        }
    }

    /**
     * With no pay in the period an empty table (headers over a placeholder) only said the no-pay
     * message a second time, in space the alerts could use; the table leaves the split until there
     * is pay to list.
     */
    private void showTable(boolean show) {
        Node chartSide = split.getItems().get(0);
        if (show && !split.getItems().contains(table)) {
            split.getItems().setAll(chartSide, table);
            split.setDividerPositions(split.getOrientation() == Orientation.VERTICAL ? 0.62 : 0.55);
        } else if (!show && split.getItems().contains(table)) {
            split.getItems().setAll(chartSide);
        }
    }

    private static boolean covers(Earnings value, LocalDate needed) {
        return value.from() == null || !value.from().isAfter(needed);
    }

    /**
     * The view loads the last 12 months; a longer period is fetched here, off the FX thread, and
     * the panel shows what it has meanwhile and says so.
     */
    private void widen(LocalDate from, LocalDate today) {
        if (from.equals(widening)) {
            return;
        }
        widening = from;
        String nino = context.nino().value();
        context.tasks().run(
                () -> context.apis().earnings().getEarnings(nino, from.toString(), today.toString()),
                fetched -> {
                    widening = null;
                    if (wider == null || fetched.from() == null || fetched.from().isBefore(wider.from())) {
                        wider = fetched;
                    }
                    if (earnings != null) {
                        render(earnings);
                    }
                },
                error -> {
                    widening = null;
                    failedFrom = from;
                    failure = readable(error);
                    if (earnings != null) {
                        render(earnings);
                    }
                });
    }

    private static String readable(Throwable error) {
        return error instanceof uk.caseview.sdk.error.ApiException api
                ? api.userMessage()
                : "the earnings service did not answer.";
    }

    private Node alertRow(EarningsAlert alert) {
        Button b = new Button(EarningsViewModel.alertTitle(alert) + ", " + Dates.format(alert.raisedOn()));
        b.getStyleClass().addAll("cv-alert-chip", Tone.WARNING.styleClass());
        b.setTooltip(new Tooltip(EarningsViewModel.alertDetail(alert)));
        b.setAccessibleText(EarningsViewModel.alertTitle(alert) + ", " + EarningsViewModel.alertDetail(alert)
                + ". Shows the pay period.");
        b.setOnAction(e -> selectPayFor(alert));
        return b;
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
