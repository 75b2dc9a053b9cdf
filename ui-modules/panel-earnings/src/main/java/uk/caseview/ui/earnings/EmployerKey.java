package uk.caseview.ui.earnings;

import java.util.List;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import uk.caseview.ui.widget.Layouts;

/**
 * The chart's key: one swatch and employer name per series, in the bars' own colours.
 *
 * <p>JavaFX's chart legend is dropped without a word when the chart is shorter than its content
 * minimum (150 px plus the legend); the Earnings panel stacked in a 1440 x 900 window gives the
 * chart about 140 px, so caseworkers saw coloured bars and no key to them. This key sits under the
 * chart as a row of its own and wraps, so it shows at any height the panel has.
 */
final class EmployerKey extends FlowPane {

    EmployerKey() {
        getStyleClass().add("cv-employer-key");
        setAccessibleText("Key to the chart's colours");
    }

    /** Shows one entry per series, coloured as the chart coloured that series' bars. */
    void show(List<XYChart.Series<String, Number>> series) {
        getChildren().setAll(series.stream().map(this::entry).toList());
    }

    private Label entry(XYChart.Series<String, Number> series) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("chart-bar", "bar-legend-symbol", colourOf(series));
        Label name = new Label(series.getName(), swatch);
        name.getStyleClass().add("cv-employer-key-item");
        name.setAccessibleText("Chart key: " + series.getName());
        // A name wider than the panel is cut with an ellipsis and read whole in its tooltip.
        name.setMinWidth(0);
        name.maxWidthProperty().bind(widthProperty());
        Layouts.wholeInTooltip(name);
        return name;
    }

    /**
     * The chart gives each series a colour class ({@code default-color0} to {@code 7}) when it is
     * added, taking the first free one, so it is read from a bar rather than worked out again.
     */
    static String colourOf(XYChart.Series<String, Number> series) {
        return series.getData().stream()
                .filter(d -> d.getNode() != null)
                .flatMap(d -> d.getNode().getStyleClass().stream())
                .filter(c -> c.startsWith("default-color"))
                .findFirst()
                .orElse("default-color0");
    }
}
