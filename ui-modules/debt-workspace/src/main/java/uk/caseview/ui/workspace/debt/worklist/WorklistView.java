package uk.caseview.ui.workspace.debt.worklist;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.repayment.Pence;
import uk.caseview.sdk.repayment.WorklistSort;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Tone;
import uk.caseview.ui.widget.Pill;
import uk.caseview.ui.workspace.debt.Choice;
import uk.caseview.ui.workspace.debt.DebtLabels;

/**
 * The worklist: a filter bar, saved filters, and a table that pages through the server's
 * results as it scrolls. Sorting a column asks the server for that order; opening a row (double
 * click or Enter) hands its item to {@code onOpen}.
 */
public final class WorklistView {

    private static final List<Choice<DebtStatus>> STATUSES = Choice.anyThen("Any debt status",
            List.of(DebtStatus.ACTIVE, DebtStatus.IN_ARREARS, DebtStatus.BROKEN, DebtStatus.ON_HOLD,
                    DebtStatus.CLEARED, DebtStatus.WRITTEN_OFF), DebtLabels::of);
    private static final List<Choice<DebtType>> TYPES = Choice.anyThen("Any debt type",
            Arrays.stream(DebtType.values()).filter(t -> t != DebtType.UNKNOWN).toList(), DebtLabels::of);
    private static final List<Choice<PlanStatus>> PLANS = Choice.anyThen("Any plan status",
            List.of(PlanStatus.ACTIVE, PlanStatus.IN_ARREARS, PlanStatus.BROKEN, PlanStatus.COMPLETED),
            s -> "Plan " + DebtLabels.of(s).toLowerCase(java.util.Locale.UK));
    private static final List<Choice<Integer>> AGES = List.of(new Choice<>(null, "Any age"),
            new Choice<>(30, "Older than 30 days"), new Choice<>(90, "Older than 90 days"),
            new Choice<>(180, "Older than 6 months"), new Choice<>(365, "Older than a year"));
    private static final List<Choice<Integer>> DUE = List.of(new Choice<>(null, "Any next action"),
            new Choice<>(0, "Action due today or overdue"), new Choice<>(7, "Action due within 7 days"),
            new Choice<>(30, "Action due within 30 days"));

    private final WorklistViewModel model;
    private final Consumer<WorklistItem> onOpen;
    private final BorderPane root = new BorderPane();
    private final TableView<WorklistRow> table = new TableView<>();
    private final ComboBox<Choice<DebtStatus>> status = combo("filter-status", STATUSES);
    private final ComboBox<Choice<DebtType>> type = combo("filter-type", TYPES);
    private final ComboBox<Choice<PlanStatus>> plan = combo("filter-plan-status", PLANS);
    private final ComboBox<Choice<Integer>> age = combo("filter-age", AGES);
    private final ComboBox<Choice<Integer>> due = combo("filter-action-due", DUE);
    private final TextField minBalance = new TextField();
    private final TextField maxBalance = new TextField();
    private final Label filterError = new Label();
    private final ComboBox<SavedFilter> saved = new ComboBox<>();
    private final TextField saveName = new TextField();
    private TableColumn<WorklistRow, Long> balanceColumn;
    private TableColumn<WorklistRow, Integer> ageColumn;
    private TableColumn<WorklistRow, LocalDate> dueColumn;
    private boolean showingCriteria;

    public WorklistView(WorklistViewModel model, Consumer<WorklistItem> onOpen) {
        this.model = model;
        this.onOpen = onOpen;
        root.getStyleClass().add("dw-worklist");
        root.setTop(new VBox(filterBar(), savedBar(), statusBar()));
        root.setCenter(buildTable());
        showCriteria(model.criteriaProperty().get());
        model.criteriaProperty().addListener((obs, old, now) -> showCriteria(now));
    }

    public Node node() {
        return root;
    }

    public TableView<WorklistRow> table() {
        return table;
    }

    private Node filterBar() {
        minBalance.setId("filter-min-balance");
        maxBalance.setId("filter-max-balance");
        minBalance.setPromptText("Balance from £");
        maxBalance.setPromptText("to £");
        minBalance.setPrefColumnCount(7);
        maxBalance.setPrefColumnCount(7);
        for (ComboBox<?> c : List.of(status, type, plan, age, due)) {
            c.valueProperty().addListener((obs, old, now) -> applyFromControls());
        }
        for (TextField t : List.of(minBalance, maxBalance)) {
            t.setOnAction(e -> applyFromControls());
            t.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    applyFromControls();
                }
            });
        }
        Button clear = new Button("Clear filters");
        clear.setId("filter-clear");
        clear.getStyleClass().add(Styles.BUTTON_QUIET);
        clear.setOnAction(e -> model.apply(WorklistCriteria.ANY.withSort(model.criteriaProperty().get().sort())));
        filterError.setId("filter-error");
        filterError.getStyleClass().add("dw-inline-error");
        filterError.visibleProperty().bind(filterError.textProperty().isNotEmpty());
        filterError.managedProperty().bind(filterError.visibleProperty());
        FlowPane bar = new FlowPane(8, 8, status, type, plan, minBalance, maxBalance, age, due, clear, filterError);
        bar.getStyleClass().addAll(Styles.FILTER_BAR, "dw-filter-bar");
        return bar;
    }

    private Node savedBar() {
        saved.setId("saved-filters");
        saved.setPromptText("Saved filters");
        saved.setItems(model.savedFilters());
        saved.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SavedFilter f) {
                return f == null ? "" : f.name();
            }

            @Override
            public SavedFilter fromString(String s) {
                return null;
            }
        });
        saved.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !showingCriteria) {
                model.apply(now.criteria());
            }
        });
        saveName.setId("saved-filter-name");
        saveName.setPromptText("Name these filters");
        saveName.setPrefColumnCount(16);
        Button save = new Button("Save filters");
        save.setId("saved-filter-save");
        save.setOnAction(e -> {
            if (model.saveCurrentAs(saveName.getText()).isEmpty()) {
                saveName.clear();
            }
        });
        saveName.setOnAction(save.getOnAction());
        Button delete = new Button("Delete");
        delete.setId("saved-filter-delete");
        delete.getStyleClass().add(Styles.BUTTON_QUIET);
        delete.disableProperty().bind(saved.valueProperty().isNull());
        delete.setOnAction(e -> {
            SavedFilter f = saved.getValue();
            saved.setValue(null);
            model.delete(f);
        });
        Label message = new Label();
        message.setId("saved-filter-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(model.savedFilterMessageProperty());
        HBox bar = new HBox(8, saved, delete, saveName, save, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("dw-saved-bar");
        return bar;
    }

    private Node statusBar() {
        Label summary = new Label();
        summary.setId("worklist-summary");
        summary.getStyleClass().add("dw-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label failure = new Label();
        failure.setId("worklist-failure");
        failure.setWrapText(true);
        failure.getStyleClass().add("dw-inline-error");
        failure.textProperty().bind(model.failureProperty());
        Button retry = new Button("Retry");
        retry.setId("worklist-retry");
        retry.setOnAction(e -> model.retry());
        HBox problem = new HBox(8, failure, retry);
        problem.setAlignment(Pos.CENTER_LEFT);
        problem.visibleProperty().bind(model.failureProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("worklist-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_QUIET);
        refresh.setOnAction(e -> model.refresh());
        HBox bar = new HBox(12, summary, problem, spacer, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("dw-status-bar");
        return bar;
    }

    private Node buildTable() {
        table.setId("debt-worklist-table");
        table.getStyleClass().add("dw-table");
        table.setItems(model.rows());
        // Every row is the same height (the theme's -fx-fixed-cell-size: 2em, which follows the text
        // size), so the table jumps anywhere in 100,000 rows without measuring them.
        table.setPlaceholder(new Label("No debts to show."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<WorklistRow, String> id = text("Debt", i -> i.debtId());
        id.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                WorklistRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || row == null ? null : row.loaded() ? value : row.failed() ? "Not loaded" : "Loading…");
            }
        });
        TableColumn<WorklistRow, String> nino = text("NINO", i -> i.nino() == null || !Nino.isValid(i.nino())
                ? i.nino() : Nino.parse(i.nino()).formatted());
        TableColumn<WorklistRow, String> debtType = text("Type", i -> DebtLabels.of(i.type()));
        TableColumn<WorklistRow, String> debtStatus = text("Debt status", i -> DebtLabels.of(i.status()));
        TableColumn<WorklistRow, PlanStatus> planStatus = new TableColumn<>("Plan");
        planStatus.setCellValueFactory(value(WorklistItem::planStatus));
        planStatus.setCellFactory(c -> new PlanStatusCell());
        planStatus.setSortable(false);

        balanceColumn = new TableColumn<>("Balance");
        balanceColumn.setCellValueFactory(value(WorklistItem::outstandingPence));
        balanceColumn.setCellFactory(c -> new FormattedCell<>(Pence::format));
        balanceColumn.getStyleClass().add(Styles.NUMERIC);
        balanceColumn.setSortType(TableColumn.SortType.DESCENDING);
        ageColumn = new TableColumn<>("Age (days)");
        ageColumn.setCellValueFactory(value(WorklistItem::ageDays));
        ageColumn.setCellFactory(c -> new FormattedCell<>(a -> String.format(java.util.Locale.UK, "%,d", a)));
        ageColumn.getStyleClass().add(Styles.NUMERIC);
        dueColumn = new TableColumn<>("Next action due");
        dueColumn.setCellValueFactory(value(WorklistItem::nextActionDue));
        dueColumn.setCellFactory(c -> new DueCell(model::today));

        table.getColumns().setAll(List.of(id, nino, debtType, debtStatus, planStatus, balanceColumn, ageColumn, dueColumn));
        table.setSortPolicy(t -> {
            if (!showingCriteria) {
                sortFromColumns().ifPresent(model::sortBy);
            }
            return true; // the server sorts; the table only shows which column is in force
        });
        table.setRowFactory(t -> new PagingRow());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private Optional<WorklistSort> sortFromColumns() {
        if (table.getSortOrder().isEmpty()) {
            return Optional.empty();
        }
        TableColumn<WorklistRow, ?> c = table.getSortOrder().get(0);
        boolean descending = c.getSortType() == TableColumn.SortType.DESCENDING;
        if (c == balanceColumn) {
            return Optional.of(descending ? WorklistSort.BALANCE_HIGH_FIRST : WorklistSort.BALANCE_LOW_FIRST);
        }
        if (c == ageColumn) {
            return Optional.of(descending ? WorklistSort.OLDEST_FIRST : WorklistSort.NEWEST_FIRST);
        }
        if (c == dueColumn) {
            return Optional.of(descending ? WorklistSort.ACTION_DUE_LATEST : WorklistSort.ACTION_DUE_SOONEST);
        }
        return Optional.empty();
    }

    private void open(WorklistRow row) {
        if (row != null && row.loaded()) {
            onOpen.accept(row.item());
        }
    }

    private void applyFromControls() {
        if (showingCriteria) {
            return;
        }
        Optional<Long> min = balance(minBalance, "from");
        Optional<Long> max = balance(maxBalance, "to");
        if (!filterError.getText().isEmpty()) {
            return;
        }
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            filterError.setText("The balance 'from' is more than the balance 'to'.");
            return;
        }
        WorklistCriteria now = new WorklistCriteria(status.getValue().value(), type.getValue().value(),
                plan.getValue().value(), min.orElse(null), max.orElse(null), age.getValue().value(),
                due.getValue().value(), model.criteriaProperty().get().sort());
        if (!now.equals(model.criteriaProperty().get())) {
            saved.setValue(null);
            model.apply(now);
        }
    }

    /** The pence typed in a balance box; sets the inline error and returns empty if it is not money. */
    private Optional<Long> balance(TextField field, String which) {
        String typed = field.getText();
        if (typed == null || typed.isBlank()) {
            if (field == minBalance) {
                filterError.setText("");
            }
            return Optional.empty();
        }
        Optional<Long> pence = Pence.parse(typed);
        if (pence.isEmpty()) {
            filterError.setText("The balance '" + which + "' is not an amount. Enter pounds, like 250 or 1,000.50.");
        } else if (field == minBalance) {
            filterError.setText("");
        }
        return pence;
    }

    private void showCriteria(WorklistCriteria c) {
        showingCriteria = true;
        try {
            status.setValue(Choice.find(STATUSES, c.status()));
            type.setValue(Choice.find(TYPES, c.type()));
            plan.setValue(Choice.find(PLANS, c.planStatus()));
            age.setValue(Choice.find(AGES, c.minAgeDays()));
            due.setValue(Choice.find(DUE, c.actionDueWithinDays()));
            minBalance.setText(c.minBalancePence() == null ? "" : Pence.format(c.minBalancePence()).substring(1));
            maxBalance.setText(c.maxBalancePence() == null ? "" : Pence.format(c.maxBalancePence()).substring(1));
            filterError.setText("");
            showSort(c.sort());
        } finally {
            showingCriteria = false;
        }
    }

    private void showSort(WorklistSort sort) {
        TableColumn<WorklistRow, ?> column = switch (sort) {
            case BALANCE_HIGH_FIRST, BALANCE_LOW_FIRST -> balanceColumn;
            case OLDEST_FIRST, NEWEST_FIRST -> ageColumn;
            case ACTION_DUE_SOONEST, ACTION_DUE_LATEST -> dueColumn;
        };
        boolean descending = switch (sort) {
            case BALANCE_HIGH_FIRST, OLDEST_FIRST, ACTION_DUE_LATEST -> true;
            default -> false;
        };
        column.setSortType(descending ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(column));
    }

    private static <T> ComboBox<Choice<T>> combo(String id, List<Choice<T>> choices) {
        ComboBox<Choice<T>> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(choices);
        c.setValue(choices.get(0));
        return c;
    }

    private static TableColumn<WorklistRow, String> text(String title, Function<WorklistItem, String> f) {
        TableColumn<WorklistRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(value(f));
        c.setSortable(false);
        return c;
    }

    private static <T> javafx.util.Callback<TableColumn.CellDataFeatures<WorklistRow, T>, ObservableValue<T>> value(
            Function<WorklistItem, T> f) {
        return cell -> {
            WorklistRow row = cell.getValue();
            return new ReadOnlyObjectWrapper<>(row == null || !row.loaded() ? null : f.apply(row.item()));
        };
    }

    /** A row that fetches its page when it is drawn without data, and opens its debt on double click. */
    private final class PagingRow extends TableRow<WorklistRow> {
        PagingRow() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(WorklistRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("dw-row-loading", "dw-row-failed");
            if (!empty && row != null && !row.loaded()) {
                getStyleClass().add(row.failed() ? "dw-row-failed" : "dw-row-loading");
                if (!row.failed()) {
                    model.rowShown(row.index());
                }
            }
        }
    }

    private static final class FormattedCell<T> extends TableCell<WorklistRow, T> {
        private final Function<T, String> format;

        FormattedCell(Function<T, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : format.apply(value));
        }
    }

    /**
     * The next action's date, marked "Overdue" when it has passed and "Today" when it falls today,
     * in words as well as colour, so the officer sees which debts are late without sorting.
     */
    private static final class DueCell extends TableCell<WorklistRow, LocalDate> {
        private final Supplier<LocalDate> today;
        private final Pill mark = new Pill("", Tone.NEUTRAL);

        DueCell(Supplier<LocalDate> today) {
            this.today = today;
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(8);
        }

        @Override
        protected void updateItem(LocalDate due, boolean empty) {
            super.updateItem(due, empty);
            if (empty || due == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(due.format(uk.caseview.ui.workspace.debt.Dates.SHORT));
            LocalDate now = today.get();
            if (due.isBefore(now)) {
                mark.set("Overdue", Tone.DANGER);
                setGraphic(mark);
            } else if (due.equals(now)) {
                mark.set("Today", Tone.WARNING);
                setGraphic(mark);
            } else {
                setGraphic(null);
            }
        }
    }

    private static final class PlanStatusCell extends TableCell<WorklistRow, PlanStatus> {
        private final Pill pill = new Pill("", Tone.NEUTRAL);

        @Override
        protected void updateItem(PlanStatus value, boolean empty) {
            super.updateItem(value, empty);
            WorklistRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || !row.loaded()) {
                setGraphic(null);
                return;
            }
            pill.set(DebtLabels.of(value), DebtLabels.toneOf(value));
            setGraphic(pill);
        }
    }
}
