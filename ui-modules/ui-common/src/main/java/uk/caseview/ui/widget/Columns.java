package uk.caseview.ui.widget;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.Money;
import uk.caseview.ui.theme.Styles;

/**
 * Table columns that format in the cell, not in the model: the column keeps the raw pence or
 * date, so sorting is numeric and chronological while the text reads "£1,234.56" or "12 Mar 2025".
 */
public final class Columns {

    private Columns() {}

    public static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    public static <S> TableColumn<S, Long> money(String title, ToLongFunction<S> pence) {
        TableColumn<S, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(pence.applyAsLong(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Money.format(item));
            }
        });
        column.getStyleClass().add(Styles.NUMERIC);
        column.getProperties().put(WHOLE_VALUE, WHOLE_MONEY_WIDTH);
        return column;
    }

    /**
     * Preferred widths as shares, for a constrained table: only the proportions matter, scaled
     * by the font size so that larger text gets wider columns in step.
     */
    public static void widths(double[] shares, TableColumn<?, ?>... columns) {
        for (int i = 0; i < columns.length; i++) {
            columns[i].setPrefWidth(shares[i] * 8);
            // Money and dates are never cut to "£2,0…": their columns keep room for a whole value.
            columns[i].setMinWidth(columns[i].getProperties().get(WHOLE_VALUE) instanceof Double min ? min : 40);
        }
    }

    /**
     * Marks a column whose values must show whole (call before {@link #widths}); the minimum
     * width fits "30 Sep 2026" (money columns, marked already, fit "£99,999.99"). Date columns are marked already.
     */
    public static void keepWhole(TableColumn<?, ?> column) {
        column.getProperties().put(WHOLE_VALUE, WHOLE_DATE_WIDTH);
    }

    private static final String WHOLE_VALUE = "cv.wholeValueWidth";
    private static final double WHOLE_DATE_WIDTH = 96;
    private static final double WHOLE_MONEY_WIDTH = 86;

    public static <S> TableColumn<S, LocalDate> date(String title, Function<S, LocalDate> date) {
        TableColumn<S, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(date.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Dates.format(item));
            }
        });
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        keepWhole(column);
        return column;
    }
}
