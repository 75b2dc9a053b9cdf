package uk.caseview.ui.earnings;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.Money;

/**
 * Monthly gross pay stacked by employer, with threshold alerts drawn on top: a dashed line at
 * each threshold and a marker over the month an alert was raised.
 *
 * <p>Values are plotted as pence ({@code Long}); the axis only turns positions into pixels, and
 * every amount a caseworker reads comes from the pence, not from the axis.
 */
final class EarningsChart extends StackedBarChart<String, Number> {

    /** Between a month's tick and its label, in px. */
    private static final double LABEL_GAP = 3;

    private final CategoryAxis months;
    private final NumberAxis gross;
    private final List<Line> thresholdLines = new ArrayList<>();
    private final List<Label> thresholdLabels = new ArrayList<>();
    private final List<Polygon> markers = new ArrayList<>();
    private final List<String> markerMonths = new ArrayList<>();
    private final List<Text> monthLabels = new ArrayList<>();
    private List<Long> thresholds = List.of();

    EarningsChart() {
        this(new CategoryAxis(), new NumberAxis());
    }

    private EarningsChart(CategoryAxis months, NumberAxis gross) {
        super(months, gross);
        this.months = months;
        this.gross = gross;
        setAnimated(false);
        // JavaFX drops its legend when the chart is short; EmployerKey, under the chart, is the key.
        setLegendVisible(false);
        setCategoryGap(4);
        setVerticalGridLinesVisible(false);
        getStyleClass().add("cv-earnings-chart");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        months.setAutoRanging(false);
        labelMonthsLevel(months);
        gross.setAutoRanging(false);
        gross.setLowerBound(0);
        gross.setMinorTickVisible(false);
        gross.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number pence) {
                String pounds = Money.format(Math.round(pence.doubleValue()));
                return pounds.substring(0, pounds.length() - 3); // whole pounds on an axis
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
    }

    void show(MonthlyEarnings monthly, List<EarningsAlert> alerts, List<Long> thresholdsPence) {
        List<String> categories = monthly.months().stream().map(Dates::shortMonth).toList();
        months.setCategories(FXCollections.observableArrayList(categories));

        long top = monthly.highestMonthPence();
        for (Long t : thresholdsPence) {
            top = Math.max(top, t);
        }
        long unit = niceStep(top);
        gross.setTickUnit(unit);
        gross.setUpperBound(Math.max(unit, ((top / unit) + 1) * unit));

        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (Map.Entry<String, long[]> employer : monthly.grossByEmployer().entrySet()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(employer.getKey());
            long[] values = employer.getValue();
            for (int i = 0; i < values.length; i++) {
                s.getData().add(new XYChart.Data<>(categories.get(i), values[i]));
            }
            series.add(s);
        }
        setData(FXCollections.observableArrayList(series));
        getChartChildren().removeAll(monthLabels);
        monthLabels.clear();
        for (String month : categories) {
            monthLabels.add(monthLabel(month));
        }
        getChartChildren().addAll(monthLabels);

        getPlotChildren().removeAll(thresholdLines);
        getPlotChildren().removeAll(thresholdLabels);
        getPlotChildren().removeAll(markers);
        thresholdLines.clear();
        thresholdLabels.clear();
        markers.clear();
        markerMonths.clear();
        thresholds = List.copyOf(thresholdsPence);
        for (Long t : thresholds) {
            Line line = new Line();
            line.getStyleClass().add("cv-threshold-line");
            Label label = new Label("Threshold " + Money.format(t));
            label.setManaged(false);
            label.getStyleClass().add("cv-threshold-label");
            thresholdLines.add(line);
            thresholdLabels.add(label);
        }
        for (EarningsAlert alert : alerts) {
            if (alert.raisedOn() == null || !monthly.months().contains(YearMonth.from(alert.raisedOn()))) {
                continue;
            }
            Polygon marker = new Polygon(-6, -10, 6, -10, 0, 0);
            marker.getStyleClass().add("cv-alert-marker");
            Tooltip.install(marker, new Tooltip(EarningsViewModel.alertTitle(alert) + ", "
                    + EarningsViewModel.alertDetail(alert)));
            marker.setAccessibleText("Alert: " + EarningsViewModel.alertTitle(alert));
            markers.add(marker);
            markerMonths.add(Dates.shortMonth(YearMonth.from(alert.raisedOn())));
        }
        getPlotChildren().addAll(thresholdLines);
        getPlotChildren().addAll(thresholdLabels);
        getPlotChildren().addAll(markers);
        setAccessibleText("Monthly gross pay by employer, " + categories.size() + " months, "
                + markers.size() + " alerts marked");
        requestChartLayout();
    }

    /**
     * JavaFX measures a category axis's height as if its labels had turned on end whenever they do
     * not all fit along it ({@code CategoryAxis.autoRange} asks for 90 degrees even with auto-ranging
     * off), then draws them level and hides every other one: twelve months across a panel reserved
     * about 50 px under the chart that nothing used, taken from the bars. The axis keeps its ticks
     * and the room of one level line (as its label gap); the chart draws the month labels there.
     */
    private static void labelMonthsLevel(CategoryAxis axis) {
        axis.setTickLabelsVisible(false);
        axis.tickLabelGapProperty().bind(Bindings.createDoubleBinding(() -> {
            Text line = new Text("May '26");
            line.setFont(axis.getTickLabelFont());
            return Math.ceil(line.getLayoutBounds().getHeight()) + LABEL_GAP;
        }, axis.tickLabelFontProperty()));
    }

    private Text monthLabel(String month) {
        Text label = new Text(month);
        label.setManaged(false);
        label.setTextOrigin(VPos.TOP);
        label.fontProperty().bind(months.tickLabelFontProperty());
        label.fillProperty().bind(months.tickLabelFillProperty());
        return label;
    }

    /**
     * Centres each month's label under its bar, level; where they would touch, every second (or
     * third...) is shown, counted back from the latest month so the month a caseworker most often
     * asks about is always labelled.
     */
    private void placeMonthLabels() {
        double widest = monthLabels.stream().mapToDouble(t -> t.getLayoutBounds().getWidth()).max().orElse(0);
        double spacing = months.getCategorySpacing();
        int every = spacing > 0 ? (int) Math.max(1, Math.ceil((widest + 8) / spacing)) : 1;
        double tick = months.isTickMarkVisible() ? Math.max(0, months.getTickLength()) : 0;
        int last = monthLabels.size() - 1;
        for (int i = 0; i <= last; i++) {
            Text label = monthLabels.get(i);
            double centre = months.getLayoutX() + months.getDisplayPosition(label.getText());
            label.relocate(Math.round(centre - label.getLayoutBounds().getWidth() / 2),
                    months.getLayoutY() + tick + LABEL_GAP - 1);
            label.setVisible((last - i) % every == 0);
        }
    }

    /** Every month's label under the bars, shown or not, for tests. */
    List<Text> monthLabels() {
        return List.copyOf(monthLabels);
    }

    int markerCount() {
        return markers.size();
    }

    int thresholdLineCount() {
        return thresholdLines.size();
    }

    /**
     * Positions the threshold lines, labels and alert markers. They are added after the bars in
     * {@link #show}, so they already paint on top; reordering them here (toFront) would change the
     * children on every layout and ask for another layout, so the chart would never settle.
     */
    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double width = months.getWidth();
        for (int i = 0; i < thresholdLines.size(); i++) {
            double y = gross.getDisplayPosition(thresholds.get(i));
            Line line = thresholdLines.get(i);
            line.setStartX(0);
            line.setEndX(width);
            line.setStartY(y);
            line.setEndY(y);
            Label label = thresholdLabels.get(i);
            label.autosize();
            label.relocate(2, y - label.getHeight() - 1);
        }
        for (int i = 0; i < markers.size(); i++) {
            Polygon marker = markers.get(i);
            marker.setLayoutX(months.getDisplayPosition(markerMonths.get(i)));
            marker.setLayoutY(12);
        }
        placeMonthLabels(); // the axes are laid out by now (XYChart.layoutChartChildren)
    }

    /** A round tick step giving four to eight gridlines. */
    static long niceStep(long maxPence) {
        long target = Math.max(100, maxPence / 5);
        long magnitude = 1;
        while (magnitude * 10 <= target) {
            magnitude *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * magnitude >= target) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
