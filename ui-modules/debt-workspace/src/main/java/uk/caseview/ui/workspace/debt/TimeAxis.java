package uk.caseview.ui.workspace.debt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** A chart axis of days, labelled as dates ("Mar 2026", "7 Jan 2027"); values are epoch days, which are exact integers. */
public final class TimeAxis {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private TimeAxis() {}

    public static NumberAxis create(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return label(epochDay.doubleValue(), axis.getTickUnit(), axis.getLowerBound());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return axis;
    }

    /**
     * A tick's label. Ticks a month or more apart name the month and year. Closer ticks name the
     * day, and the first tick and the first of each new year carry the year too: a repayment plan
     * runs into later years, and "17 Jan" alone did not say which.
     */
    static String label(double epochDay, double tickUnit, double lowerBound) {
        LocalDate day = LocalDate.ofEpochDay((long) Math.floor(epochDay));
        if (tickUnit >= 28) {
            return MONTH.format(day);
        }
        double previous = epochDay - tickUnit;
        boolean first = previous < lowerBound;
        boolean newYear = LocalDate.ofEpochDay((long) Math.floor(previous)).getYear() != day.getYear();
        return (first || newYear ? DAY_YEAR : DAY).format(day);
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
