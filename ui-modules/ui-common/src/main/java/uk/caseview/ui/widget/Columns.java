package uk.caseview.ui.widget;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Font;
import javafx.util.Callback;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.Money;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Tone;

/**
 * Table columns that format in the cell, not in the model: the column keeps the raw pence or
 * date, so sorting is numeric and chronological while the text reads "£1,234.56" or "12 Mar 2025".
 *
 * <p>Money, dates and statuses are never cut to "£2,0…" or "In arrear": their columns keep a
 * minimum width for the widest value they can show, measured by their own cells in the font and
 * padding those cells have, so the minimum follows the text size and the palette rather than a
 * pixel number. Free text (a debt's name, a document's description) may elide: it asks for room
 * for a few words, which {@link #fit} makes by hiding columns that matter less, and
 * gives that up before a whole value would be cut.
 */
public final class Columns {

    private Columns() {}

    /** Room a free-text column keeps, in em of its cells' font: about a dozen characters. */
    private static final double READABLE_EM = 6;

    /** Before any cell has measured (no rows yet), the least a column is given. */
    private static final double UNMEASURED_MIN = 40;

    private static final String ROOM = "cv.columnRoom";

    /** The width a column asks for so its text reads, a Double; at least its minimum width. */
    private static final String READABLE = "cv.readableWidth";

    /** "£99,999.99": the largest amount a money column keeps room for, digits standing for any digit. */
    private static final List<String> MONEY = List.of(Money.format(9_999_999L));

    /** A date in every month, as the table writes it; digits stand for any digit. */
    private static final List<String> DATES = datesInEveryMonth();

    public static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TextCell<>(s -> s));
        column.getProperties().put(ROOM, new Room(List.of(), READABLE_EM, true));
        return column;
    }

    /**
     * A plain text column for a dialog's list (an audit trail, the pending writes): it starts
     * {@code width} px wide and the caseworker resizes it; no fitting, as the dialog itself resizes.
     */
    public static <S> TableColumn<S, String> plain(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    public static <S> TableColumn<S, Long> money(String title, ToLongFunction<S> pence) {
        TableColumn<S, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(pence.applyAsLong(c.getValue())));
        column.setCellFactory(c -> new TextCell<>(p -> p == null ? null : Money.format(p)));
        column.getStyleClass().add(Styles.NUMERIC);
        column.getProperties().put(ROOM, new Room(MONEY, 0, true));
        return column;
    }

    public static <S> TableColumn<S, LocalDate> date(String title, Function<S, LocalDate> date) {
        TableColumn<S, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(date.apply(c.getValue())));
        column.setCellFactory(c -> new TextCell<>(Dates::format));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        keepWhole(column);
        return column;
    }

    /**
     * A status column: each row's status as a {@link Pill}. It keeps room for the widest of
     * {@code labels}, every text the column can show, so that a status scrolled into view later,
     * or a filter that brings another one up, fits as well as those on screen.
     */
    public static <S, T> TableColumn<S, T> pills(String title, Function<S, T> value, Function<T, String> text,
            Function<T, Tone> tone, Collection<String> labels) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new PillCell<>(text, tone));
        column.getProperties().put(ROOM, new Room(List.copyOf(labels), 0, false));
        return column;
    }

    /**
     * Marks a text column whose values must show whole (call before {@link #widths}): it keeps
     * room for a whole date. Date columns are marked already.
     */
    public static void keepWhole(TableColumn<?, ?> column) {
        column.getProperties().put(ROOM, new Room(DATES, 0, true));
    }

    /**
     * Preferred widths as shares, for a constrained table: only the proportions matter. Each
     * column's minimum is the room it keeps, as its cells last measured it.
     */
    public static void widths(double[] shares, TableColumn<?, ?>... columns) {
        for (int i = 0; i < columns.length; i++) {
            columns[i].setPrefWidth(shares[i] * 8);
            Room room = room(columns[i]);
            if (room == null) {
                columns[i].setMinWidth(UNMEASURED_MIN);
            } else {
                room.applyTo(columns[i]);
            }
        }
    }

    /**
     * Sizes {@code table}'s columns to its width (use instead of a constrained resize policy):
     * every column keeps its minimum, free text gets room to read, and what is left goes by the
     * shares {@link #widths} gave. A table too narrow for all that hides {@code dropFirstToLast},
     * in that order, and brings them back, last dropped first, when there is room again: at a
     * large text size in a narrow panel a caseworker reads fewer columns whole rather than every
     * column squeezed or the last ones pushed out of sight. A column the caseworker shows again
     * from the column menu is theirs until the table next has to make room.
     */
    @SafeVarargs
    public static <S> void fit(TableView<S> table, TableColumn<S, ?>... dropFirstToLast) {
        new Fit<>(table, List.of(dropFirstToLast)).install();
    }

    private static Room room(TableColumn<?, ?> column) {
        return column.getProperties().get(ROOM) instanceof Room room ? room : null;
    }

    private static List<String> datesInEveryMonth() {
        List<String> dates = new ArrayList<>();
        for (Month month : Month.values()) {
            dates.add(Dates.format(LocalDate.of(2026, month, 28)));
        }
        return List.copyOf(dates);
    }

    /**
     * What a column keeps room for: each of {@code whole} shown whole, which is its minimum width,
     * and {@code ems} of its cells' font, which is what it asks {@link #fit} to make
     * room for but gives up before a whole value would be cut.
     */
    private static final class Room {
        private final List<String> whole;
        private final double ems;
        private double min = Double.NaN;
        private double readable = Double.NaN;

        /** Whether the whole values are drawn in the cells' own font (not, say, a pill's). */
        private final boolean inCellFont;
        /** The style last measured in: the next cell of the column has the same, and need not measure again. */
        private Object measuredIn;

        Room(List<String> whole, double ems, boolean inCellFont) {
            this.whole = whole;
            this.ems = ems;
            this.inCellFont = inCellFont;
        }

        /** Until a cell has measured (no rows yet), the estimate in the default font, which Theme's 100 % is. */
        double min() {
            return Double.isNaN(min) ? Math.max(UNMEASURED_MIN, TextWidths.widest(whole, Font.getDefault())) : min;
        }

        double readable() {
            return Double.isNaN(readable) ? Math.max(min(), ems * Font.getDefault().getSize()) : readable;
        }

        boolean measuredIn(Object style) {
            return style.equals(measuredIn);
        }

        void measured(Object style, double padding, double wholeWidth, Font font) {
            measuredIn = style;
            min = Math.max(UNMEASURED_MIN, padding + wholeWidth);
            readable = Math.max(min, padding + ems * font.getSize());
        }

        void applyTo(TableColumn<?, ?> column) {
            column.setMinWidth(min());
            column.getProperties().put(READABLE, readable());
        }
    }

    /**
     * A cell that works out its column's room whenever its own font or padding changes (a
     * text-size step, the high-contrast palette's borders), once its style has been applied.
     * Every cell of a column has the same style, so whichever measures last is right for all.
     */
    private abstract static class MeasuringCell<S, T> extends TableCell<S, T> {

        final ChangeListener<Object> remeasure = (obs, was, now) -> measure();

        MeasuringCell() {
            fontProperty().addListener(remeasure);
            insetsProperty().addListener(remeasure);
            skinProperty().addListener(remeasure);
            tableColumnProperty().addListener(remeasure);
        }

        /** Measures {@code room} in this cell's style; false if the cell cannot tell yet. */
        abstract boolean measure(Room room);

        final void measure() {
            TableColumn<S, T> column = getTableColumn();
            Room room = column == null ? null : room(column);
            if (room == null || getSkin() == null) {
                return; // no style applied yet: the font is still the default, the padding none
            }
            if (measure(room)) {
                room.applyTo(column);
            }
        }

        double padding() {
            return snappedLeftInset() + snappedRightInset();
        }
    }

    private static final class TextCell<S, T> extends MeasuringCell<S, T> {
        private final Function<T, String> format;

        TextCell(Function<T, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : format.apply(item));
        }

        @Override
        boolean measure(Room room) {
            Object style = List.of(getFont(), padding());
            measureIn(style, room);
            // A hidden column has no cells to measure it, and would come back with the minimum
            // of the text size it was hidden at; its values are drawn in this same font.
            if (getTableView() != null) {
                for (TableColumn<S, ?> other : getTableView().getColumns()) {
                    Room hidden = other.isVisible() ? null : room(other);
                    if (hidden != null && hidden.inCellFont && !hidden.measuredIn(style)) {
                        measureIn(style, hidden);
                        hidden.applyTo(other);
                    }
                }
            }
            return true;
        }

        private void measureIn(Object style, Room room) {
            if (!room.measuredIn(style)) {
                room.measured(style, padding(), TextWidths.widest(room.whole, getFont()), getFont());
            }
        }
    }

    private static final class PillCell<S, T> extends MeasuringCell<S, T> {
        private final Pill pill = new Pill("", Tone.NEUTRAL);
        private final Function<T, String> text;
        private final Function<T, Tone> tone;

        PillCell(Function<T, String> text, Function<T, Tone> tone) {
            this.text = text;
            this.tone = tone;
            // The pill is styled after the cell (it is the cell's child), in em of the cell's font.
            pill.fontProperty().addListener(remeasure);
            pill.insetsProperty().addListener(remeasure);
            pill.skinProperty().addListener(remeasure);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                pill.set(text.apply(item), tone.apply(item));
                setGraphic(pill);
                setAccessibleText(pill.getText());
            }
        }

        @Override
        boolean measure(Room room) {
            if (pill.getSkin() == null || pill.getParent() != this) {
                return false; // a pill not on show has not had this cell's style applied
            }
            Object style = List.of(pill.getFont(), pill.getInsets(), pill.getLabelPadding(), padding());
            if (!room.measuredIn(style)) {
                room.measured(style, padding(), pill.widthFor(room.whole), pill.getFont());
            }
            return true;
        }
    }

    /**
     * The resize policy {@link #fit} installs. Modena's constrained policies share out a change
     * of width in proportion to the widths the columns had, so where a column ends up depends on
     * how the window got to its size, and they leave columns overflowing, with no scroll bar,
     * when a column comes back or the minimums outgrow the table. This one works the widths out
     * afresh each time from the room there is.
     */
    private static final class Fit<S> implements Callback<TableView.ResizeFeatures, Boolean> {
        private final TableView<S> table;
        private final List<TableColumn<S, ?>> dropOrder;
        private final Set<TableColumn<S, ?>> dropped = new HashSet<>();
        private boolean fitting;
        private boolean showingLater;
        private ScrollBar watchedBar;
        private final Set<Label> watchedTitles = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

        Fit(TableView<S> table, List<TableColumn<S, ?>> dropOrder) {
            this.table = table;
            this.dropOrder = dropOrder;
        }

        void install() {
            table.setColumnResizePolicy(this);
            // The table asks again when its width changes; not when the text size changes the
            // columns' minimums, nor when a column is shown or hidden.
            table.getColumns().forEach(this::watch);
            table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(this::watch);
                }
                refit();
            });
        }

        private void watch(TableColumn<S, ?> column) {
            column.minWidthProperty().addListener((obs, was, now) -> refit());
            column.visibleProperty().addListener((obs, was, now) -> refit());
            column.getProperties().addListener((MapChangeListener<Object, Object>) change -> {
                if (READABLE.equals(change.getKey())) {
                    refit();
                }
            });
        }

        private void refit() {
            if (!fitting && table.getSkin() != null) {
                call(new TableView.ResizeFeatures<>(table, null, 0.0));
            }
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public Boolean call(TableView.ResizeFeatures features) {
            if (features.getColumn() != null) {
                // A caseworker dragging a column's edge: the rest give way as they always have.
                return TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS.call(features);
            }
            double room = Math.floor(features.getContentWidth()) - menuButtonOverlap();
            if (fitting || room <= 0) {
                return false;
            }
            fitting = true;
            try {
                // A text-size step changes the minimums while the cells are being styled, and
                // showing or hiding a column then would rebuild the very rows being styled: so the
                // widths follow at once, and which columns show follows straight after.
                if (!dropsAndReturns(room).isEmpty() && !showingLater) {
                    showingLater = true;
                    Platform.runLater(this::showAndHide);
                }
                List<TableColumn<S, ?>> shown = List.copyOf(table.getVisibleLeafColumns());
                double[] widths = share(shown, room);
                for (int i = 0; i < shown.size(); i++) {
                    features.setColumnWidth(shown.get(i), widths[i]);
                }
                return true;
            } finally {
                fitting = false;
            }
        }

        private void showAndHide() {
            showingLater = false;
            if (table.getSkin() == null) {
                return;
            }
            double room = Math.floor(new TableView.ResizeFeatures<>(table, null, 0.0).getContentWidth())
                    - menuButtonOverlap();
            fitting = true; // one fit for the lot, after
            List<TableColumn<S, ?>> toggled;
            try {
                toggled = dropsAndReturns(room);
                for (TableColumn<S, ?> column : toggled) {
                    if (column.isVisible()) {
                        dropped.add(column);
                        column.setVisible(false);
                    } else {
                        dropped.remove(column);
                        column.setVisible(true);
                    }
                }
            } finally {
                fitting = false;
            }
            refit();
            if (!toggled.isEmpty()) {
                // Rows built before keep the width of a column just hidden, which leaves a horizontal
                // scroll bar over one of the few rows a short panel has: build them again (rare,
                // only when a text-size step or a resize changes which columns show).
                table.refresh();
            }
        }

        /**
         * The column menu button ("+") stands above the vertical scroll bar, in a corner as wide as
         * the bar. With no bar (too few rows to scroll, or none) it stands over the last header
         * instead, so the columns leave it that corner rather than put a title under it.
         */
        private double menuButtonOverlap() {
            if (!table.isTableMenuButtonVisible()) {
                return 0;
            }
            // The bar lives as long as the skin's flow; look it up again only when the skin has changed.
            ScrollBar bar = watchedBar != null && watchedBar.getParent() != null
                    && watchedBar.getParent().getParent() != null ? watchedBar : verticalBar();
            if (bar == null) {
                return 0;
            }
            if (bar != watchedBar) {
                watchedBar = bar;
                bar.visibleProperty().addListener((obs, was, now) -> refit());
            }
            return bar.isVisible() ? 0 : Math.ceil(bar.prefWidth(-1));
        }

        private ScrollBar verticalBar() {
            for (Node node : table.lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL
                        && bar.getParent() instanceof VirtualFlow<?>) {
                    return bar;
                }
            }
            return null;
        }

        /** Modena styles a table that fills its width by this pseudo-class: no line after the last column. */
        @Override
        public String toString() {
            return "constrained-resize";
        }

        /** The columns to hide or show again so the rest fit {@code room}; none if they fit already. */
        private List<TableColumn<S, ?>> dropsAndReturns(double room) {
            dropped.removeIf(TableColumn::isVisible); // shown again from the column menu
            List<TableColumn<S, ?>> toggle = new ArrayList<>();
            Set<TableColumn<S, ?>> willDrop = new HashSet<>(dropped);
            double wanted = 0;
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                wanted += wanted(column);
            }
            for (TableColumn<S, ?> column : dropOrder) {
                if (wanted <= room) {
                    break;
                }
                if (column.isVisible()) {
                    toggle.add(column);
                    willDrop.add(column);
                    wanted -= wanted(column);
                }
            }
            for (TableColumn<S, ?> column : dropOrder.reversed()) {
                if (!willDrop.contains(column) || toggle.contains(column)) {
                    continue;
                }
                if (wanted + wanted(column) > room) {
                    break; // the one dropped later comes back only after this one
                }
                toggle.add(column);
                willDrop.remove(column);
                wanted += wanted(column);
            }
            return toggle;
        }

        /**
         * Whole pixels, in proportion to the shares {@link #widths} gave, but none below what it
         * wants (free text its readable width); where that is too much, none below its minimum,
         * free text giving way first. Where even the minimums do not fit, the columns keep them
         * and the table scrolls sideways rather than hide what is cut off.
         */
        private double[] share(List<? extends TableColumn<?, ?>> shown, double room) {
            int n = shown.size();
            double[] least = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                least[i] = Math.ceil(wanted(shown.get(i)));
                sum += least[i];
            }
            if (sum > room) {
                for (int i = 0; i < n; i++) {
                    least[i] = Math.ceil(Math.max(shown.get(i).getMinWidth(), titleFloor(shown.get(i))));
                }
            }
            double[] widths = new double[n];
            boolean[] held = new boolean[n];
            boolean again = true;
            while (again) {
                again = false;
                double free = room;
                double shares = 0;
                for (int i = 0; i < n; i++) {
                    if (held[i]) {
                        free -= widths[i];
                    } else {
                        shares += Math.max(0, shown.get(i).getPrefWidth());
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (held[i]) {
                        continue;
                    }
                    double share = Math.max(0, shown.get(i).getPrefWidth());
                    double width = shares > 0 ? Math.floor(free * share / shares) : 0;
                    if (width < least[i]) {
                        widths[i] = least[i];
                        held[i] = true;
                        again = true; // the others share what is left afresh
                    } else {
                        widths[i] = width;
                    }
                }
            }
            double used = 0;
            for (double width : widths) {
                used += width;
            }
            for (int i = 0; room > used && n > 0; i = (i + 1) % n) {
                if (!held[i] || allHeld(held)) {
                    widths[i]++; // the pixels rounding left over, one each from the left
                    used++;
                }
            }
            return widths;
        }

        private static boolean allHeld(boolean[] held) {
            for (boolean h : held) {
                if (!h) {
                    return false;
                }
            }
            return true;
        }

        private double wanted(TableColumn<?, ?> column) {
            double wanted = column.getProperties().get(READABLE) instanceof Double readable
                    ? Math.max(readable, column.getMinWidth()) : column.getMinWidth();
            return Math.max(wanted, titleFloor(column));
        }

        /**
         * Each column wants at least its title's width, as drawn. With no rows, no cell has measured
         * the column in the table's own font; and a title can be wider than every value under it
         * ("Running balance" over "£8,539.28", seen cut to "Running bala…" at 150 %).
         */
        private double titleFloor(TableColumn<?, ?> column) {
            // The header row only (the skin's first child): asked for every column on each fit, a
            // look-up over the whole table would also walk every row and cell on show.
            Node headerRow = table.lookup(".column-header-background");
            if (headerRow == null) {
                return 0;
            }
            for (Node node : headerRow.lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader header && header.getTableColumn() == column
                        && header.lookup(".label") instanceof Label title) {
                    if (watchedTitles.add(title)) {
                        title.fontProperty().addListener((obs, was, now) -> refit());
                    }
                    return Math.ceil(title.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset());
                }
            }
            return 0;
        }
    }
}
