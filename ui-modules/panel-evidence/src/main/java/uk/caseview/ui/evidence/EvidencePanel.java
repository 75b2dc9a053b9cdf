package uk.caseview.ui.evidence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
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

/** Every document requested or received, filtered by status; overdue requests stand out. */
final class EvidencePanel implements CustomerPanel {

    private final PanelContext context;
    private final SourcePane<EvidenceList> pane;
    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final FilteredList<EvidenceItem> filtered = new FilteredList<>(items);
    private final SortedList<EvidenceItem> sorted = new SortedList<>(filtered);
    private final TableView<EvidenceItem> table = new TableView<>(sorted);
    private final ToggleGroup filterGroup = new ToggleGroup();
    private final Map<EvidenceFilter, ToggleButton> filterButtons = new EnumMap<>(EvidenceFilter.class);
    private LocalDate today;

    EvidencePanel(PanelContext context, String title) {
        this.context = context;
        this.pane = new SourcePane<>(title, Source.EVIDENCE, context::retry);
        this.today = LocalDate.now(context.clock());

        FlowPane filters = new FlowPane(); // wraps at large text sizes rather than cutting "Overdue 3" to "..."
        filters.getStyleClass().add(Styles.FILTER_BAR);
        for (EvidenceFilter f : EvidenceFilter.values()) {
            ToggleButton b = new ToggleButton(f.label());
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setUserData(f);
            b.setToggleGroup(filterGroup);
            b.setId("evidence-filter-" + f.name().toLowerCase(java.util.Locale.ROOT));
            filterButtons.put(f, b);
            filters.getChildren().add(b);
        }
        filterGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a filter bar always has one filter chosen
                return;
            }
            applyFilter((EvidenceFilter) now.getUserData());
        });
        filterButtons.get(EvidenceFilter.ALL).setSelected(true);

        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("evidence-table");
        table.setAccessibleText("Evidence documents");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No documents match this filter."));
        table.setTableMenuButtonVisible(true);
        var document = Columns.text("Document", EvidenceViewModel::describe);
        var status = statusColumn();
        var requested = Columns.date("Requested", EvidenceItem::requestedOn);
        var due = Columns.date("Due by", EvidenceItem::dueBy);
        var received = Columns.date("Received", EvidenceItem::receivedOn);
        var file = Columns.text("File", EvidenceViewModel::file);
        // Relative widths: the constrained policy shares the table's width in these proportions.
        Columns.widths(new double[] {34, 13, 12, 12, 12, 24}, document, status, requested, due, received, file);
        requested.setVisible(false); // on the column menu; due and received matter more on a call
        table.getColumns().addAll(java.util.List.of(document, status, requested, due, received, file));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EvidenceItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("cv-row-alert");
                if (!empty && item != null && item.isOverdueOn(today)) {
                    getStyleClass().add("cv-row-alert");
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.setContent(Layouts.stack(filters, table));
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void show(CustomerView view) {
        pane.show(view.evidence(), context.clock().instant(), this::render);
    }

    @Override
    public void focus() {
        pane.focusBody();
    }

    @Override
    public boolean showDetail(CustomerFlag flag) {
        if (flag != CustomerFlag.EVIDENCE_OVERDUE) {
            return false;
        }
        filterButtons.get(EvidenceFilter.OVERDUE).setSelected(true);
        table.getSelectionModel().selectFirst();
        table.requestFocus();
        return true;
    }

    private void render(EvidenceList list) {
        today = LocalDate.now(context.clock());
        items.setAll(EvidenceViewModel.ordered(list, today));
        Map<EvidenceFilter, Integer> counts = EvidenceViewModel.counts(items, today);
        filterButtons.forEach((f, b) -> {
            b.setText(f.label() + " " + counts.get(f));
            b.setAccessibleText(f.label() + ", " + counts.get(f) + " documents");
        });
        applyFilter((EvidenceFilter) filterGroup.getSelectedToggle().getUserData());
    }

    private void applyFilter(EvidenceFilter filter) {
        LocalDate day = today;
        filtered.setPredicate(i -> filter.accepts(i, day));
    }

    private TableColumn<EvidenceItem, EvidenceItem> statusColumn() {
        TableColumn<EvidenceItem, EvidenceItem> column = new TableColumn<>("Status");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            private final Pill pill = new Pill("", Tone.NEUTRAL);

            @Override
            protected void updateItem(EvidenceItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                } else {
                    pill.set(EvidenceViewModel.statusText(item, today), EvidenceViewModel.tone(item, today));
                    setGraphic(pill);
                    setAccessibleText(pill.getText());
                }
            }
        });
        return column;
    }
}
