package uk.caseview.ui.timeline;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.Money;
import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.state.SourcePane;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.widget.Columns;
import uk.caseview.ui.widget.Layouts;

/**
 * Every event from every source in one list, newest first, with a toggle per source. Ledgers
 * and contact notes are read here (off the FX thread) and merged in as they land; a part that
 * fails is named above the list, which keeps everything else it has.
 */
final class TimelinePanel implements CustomerPanel {

    private final PanelContext context;
    private final TimelineFetches fetches;
    private final TimelineViewModel model;
    private final SourcePane<List<TimelineEvent>> pane;
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final FilteredList<TimelineEvent> filtered = new FilteredList<>(events);
    private final TableView<TimelineEvent> table = new TableView<>(filtered);
    private final Map<EventKind, ToggleButton> toggles = new EnumMap<>(EventKind.class);
    private final Label summary = new Label();
    private final VBox problems = new VBox();
    private final Button retryParts = new Button("Retry");
    private final Set<String> ledgersInFlight = new HashSet<>();
    private boolean redrawWhenShown;
    private CustomerView view;
    private Object citizenShown;
    private boolean notesAsked;
    private boolean disposed;
    private boolean narrow;

    /** Below this width (in em) the table drops its Source column. */
    private static final double NARROW_EM = 45;
    static final String PENDING_ROW = "cv-pending-row";
    private static final double[] WIDE_SHARES = {16, 10, 58, 14};
    private static final double[] NARROW_SHARES = {22, 0, 56, 18};

    TimelinePanel(PanelContext context, String title, TimelineFetches fetches) {
        this.context = context;
        this.fetches = fetches;
        ZoneId zone = context.clock().getZone();
        this.model = new TimelineViewModel(zone);
        this.pane = new SourcePane<>(title, Source.AWARD, s -> retryFailedSources());

        summary.getStyleClass().add(Styles.MUTED);
        summary.setId("timeline-summary");
        pane.headerTools().add(summary);

        FlowPane filters = new FlowPane();
        filters.getStyleClass().add(Styles.FILTER_BAR);
        for (EventKind kind : EventKind.values()) {
            ToggleButton b = new ToggleButton(kind.label());
            b.setId("timeline-filter-" + kind.name().toLowerCase(Locale.ROOT));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setSelected(true);
            b.selectedProperty().addListener((o, was, now) -> applyFilter());
            toggles.put(kind, b);
            filters.getChildren().add(b);
        }

        problems.setId("timeline-problems");
        retryParts.setId("timeline-retry-parts");
        retryParts.getStyleClass().add(Styles.BUTTON_QUIET);
        retryParts.setAccessibleText("Fetch the contact notes and debt transactions again");
        retryParts.setOnAction(e -> retryParts());

        table.setId("timeline-table");
        table.setAccessibleText("Timeline of events, newest first");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No events match these filters."));
        TableColumn<TimelineEvent, String> date = Columns.text("Date", this::when);
        Columns.keepWhole(date);
        TableColumn<TimelineEvent, String> source = Columns.text("Source", e -> e.kind().label());
        // In a narrow rail the Source column goes and each event names its source instead.
        TableColumn<TimelineEvent, String> description = Columns.text("Event", this::describe);
        description.setCellFactory(c -> new TableCell<>() {
            // One per cell, its text changed as the cell is reused, rather than a new Tooltip
            // (a popup control) made and thrown away for every row each scroll step brings in.
            private final Tooltip full = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // A long note is cut to the column; the tooltip reads it in full.
                if (empty || item == null) {
                    setTooltip(null);
                } else {
                    TimelineEvent row = getTableRow() == null ? null : getTableRow().getItem();
                    full.setText(row != null && row.isPending() ? item + "\n" + row.pending() : item);
                    setTooltip(full);
                }
            }
        });
        TableColumn<TimelineEvent, String> amount = Columns.text("Amount", e -> Money.format(e.amountPence(), ""));
        amount.getStyleClass().add(Styles.NUMERIC);
        Columns.widths(WIDE_SHARES, date, source, description, amount);
        for (TableColumn<TimelineEvent, ?> c : List.of(date, source, description, amount)) {
            c.setSortable(false); // the order is the point: newest first
        }
        table.getColumns().addAll(List.of(date, source, description, amount));
        table.widthProperty().addListener((o, was, width) -> {
            boolean now = width.doubleValue() < NARROW_EM * summary.getFont().getSize();
            if (now != narrow) {
                narrow = now;
                source.setVisible(!narrow);
                Columns.widths(narrow ? NARROW_SHARES : WIDE_SHARES, date, source, description, amount);
                table.refresh();
            }
        });
        // A change saved on this PC but not yet confirmed reads differently, and says so in words too.
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(TimelineEvent item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(PENDING_ROW);
                if (!empty && item != null && item.isPending()) {
                    getStyleClass().add(PENDING_ROW);
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        pane.setContent(Layouts.stack(filters, problems, table));
        pane.sceneProperty().addListener((o, old, now) -> {
            if (now != null && redrawWhenShown) {
                redraw();
            }
        });
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void show(CustomerView view) {
        this.view = view;
        Object citizen = view.citizen() instanceof SourceState.Loaded<Citizen> c ? c.value() : null;
        if (!notesAsked || (citizen != null && citizen != citizenShown)) {
            // Notes are the citizen API's: read once, and again when the citizen is fetched again.
            notesAsked = true;
            citizenShown = citizen;
            fetchNotes();
        }
        if (model.accept(view)) {
            ledgersInFlight.clear();
            fetchLedgers();
        }
        redraw();
    }

    @Override
    public void focus() {
        pane.focusBody();
    }

    @Override
    public void dispose() {
        disposed = true;
    }

    private void redraw() {
        if (view == null || disposed) {
            return;
        }
        // Off screen (below the fold, not yet attached by the shell): draw once it joins the scene.
        if (pane.getScene() == null) {
            redrawWhenShown = true;
            return;
        }
        redrawWhenShown = false;
        pane.show(TimelineViewModel.frame(view, model.events()), context.clock().instant(), this::render);
        List<Node> lines = new java.util.ArrayList<>();
        for (String line : model.problems()) {
            Label l = new Label(line);
            l.setWrapText(true);
            // A wrapped label's least height is one line: in a short panel the VBox would cut the
            // notice to "the rest…" and keep the list's height. The notice keeps its lines instead.
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add(line.endsWith("still loading.") ? Styles.MUTED : "cv-warning-text");
            lines.add(l);
        }
        if (model.notesFailed() || model.ledgersFailed()) {
            lines.add(retryParts);
        }
        problems.getChildren().setAll(lines);
        problems.setManaged(!lines.isEmpty());
    }

    private void render(List<TimelineEvent> all) {
        events.setAll(all);
        Map<EventKind, Integer> counts = TimelineViewModel.counts(all);
        toggles.forEach((kind, b) -> {
            b.setText(kind.label() + " " + counts.get(kind));
            b.setAccessibleText(kind.label() + ", " + counts.get(kind) + " events; press to show or hide");
        });
        applyFilter();
    }

    private void applyFilter() {
        Set<EventKind> shown = EnumSet.noneOf(EventKind.class);
        toggles.forEach((kind, b) -> {
            if (b.isSelected()) {
                shown.add(kind);
            }
        });
        filtered.setPredicate(TimelineViewModel.showing(shown));
        summary.setText(filtered.size() == events.size()
                ? events.size() + " events"
                : filtered.size() + " of " + events.size() + " events");
    }

    private void fetchNotes() {
        model.notesRequested();
        context.tasks().run(() -> fetches.notes(context.nino()), notes -> {
            if (!disposed) {
                model.notesLoaded(notes);
                redraw();
            }
        }, error -> {
            if (!disposed) {
                model.notesFailed(error);
                redraw();
            }
        });
    }

    /**
     * The wanted ledgers in one background task, their calls side by side, and one rebuild of the
     * list when all are in. One rebuild per ledger (20 on a large record, each re-sorting a few
     * thousand events on the FX thread) cost the FX thread far more than drawing the screen did.
     */
    private void fetchLedgers() {
        List<Debt> wanted = model.ledgersWanted().stream().filter(d -> ledgersInFlight.add(d.debtId())).toList();
        if (wanted.isEmpty()) {
            return;
        }
        context.tasks().run(() -> fetchAll(wanted), answers -> {
            wanted.forEach(d -> ledgersInFlight.remove(d.debtId()));
            if (!disposed) {
                model.ledgersAnswered(answers);
                redraw();
            }
        }, error -> {
            wanted.forEach(d -> ledgersInFlight.remove(d.debtId()));
            if (!disposed) {
                wanted.forEach(d -> model.ledgerFailed(d, error));
                redraw();
            }
        });
    }

    /** Blocking: runs inside {@code context.tasks()}. Each ledger's failure is its own answer. */
    private List<TimelineViewModel.LedgerAnswer> fetchAll(List<Debt> debts) throws InterruptedException {
        try (var calls = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<DebtLedger>> pending = new java.util.ArrayList<>();
            for (Debt debt : debts) {
                pending.add(calls.submit(() -> fetches.ledger(debt.debtId())));
            }
            List<TimelineViewModel.LedgerAnswer> answers = new java.util.ArrayList<>();
            for (int i = 0; i < debts.size(); i++) {
                try {
                    answers.add(TimelineViewModel.LedgerAnswer.loaded(debts.get(i), pending.get(i).get()));
                } catch (java.util.concurrent.ExecutionException e) {
                    answers.add(TimelineViewModel.LedgerAnswer.failed(debts.get(i), e.getCause()));
                }
            }
            return answers;
        }
    }

    private void retryParts() {
        if (model.notesFailed()) {
            fetchNotes();
        }
        fetchLedgers();
        redraw();
    }

    /** The frame's Retry: every source the timeline is missing, and its own reads if they failed. */
    private void retryFailedSources() {
        if (view != null) {
            for (Source s : TimelineViewModel.SOURCES) {
                if (view.state(s) instanceof SourceState.Unavailable<?>) {
                    context.retry(s);
                }
            }
        }
        retryParts();
    }

    /** "Pending: Phone note: …" for a change not yet confirmed; in the narrow rail each event names its source. */
    private String describe(TimelineEvent e) {
        String text = e.isPending() ? e.pending().substring(0, e.pending().indexOf(':')) + ": " + e.description()
                : e.description();
        return narrow ? e.kind().label() + " · " + text : text;
    }

    private String when(TimelineEvent e) {
        // In the narrow rail the date alone, for room; the wider table also shows a note's time of day.
        return e.time() == null || narrow ? Dates.format(e.date()) : Dates.format(e.date()) + ", " + e.time();
    }
}
