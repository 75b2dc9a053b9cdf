package uk.caseview.ui.workspace.debt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** A chart axis of days, labelled as dates ("Mar 2026"); values are epoch days, which are exact integers. */
public final class TimeAxis {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private TimeAxis() {}

    public static NumberAxis create(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                // Ticks a few days apart all fall in one month: name the day then, not the month again.
                DateTimeFormatter f = axis.getTickUnit() < 28 ? DAY : MONTH;
                return f.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return axis;
    }

    /** A money axis in pounds. Chart geometry is the one place amounts become doubles, and only for drawing. */
    public static NumberAxis pounds(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number pounds) {
                return String.format(Locale.UK, "£%,.0f", pounds.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return axis;
    }

    /** Pence to a chart coordinate in pounds. */
    public static Number plotPounds(long pence) {
        return java.math.BigDecimal.valueOf(pence).movePointLeft(2);
    }
}
