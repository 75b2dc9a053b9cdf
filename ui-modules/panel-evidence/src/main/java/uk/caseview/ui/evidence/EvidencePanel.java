package uk.caseview.ui.evidence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import java.io.File;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
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
import uk.caseview.ui.widget.Columns;
import uk.caseview.ui.widget.Layouts;
import uk.caseview.ui.widget.PendingChanges;

/** Every document requested or received, filtered by status; overdue requests stand out. */
final class EvidencePanel implements CustomerPanel {

    private final PanelContext context;
    private final SourcePane<EvidenceList> pane;
    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final FilteredList<EvidenceItem> filtered = new FilteredList<>(items);
    private final SortedList<EvidenceItem> sorted = new SortedList<>(filtered);
    private final Label emptyTable = new Label("No documents on record.");
    private final TableView<EvidenceItem> table = new TableView<>(sorted);
    private final ToggleGroup filterGroup = new ToggleGroup();
    private final Map<EvidenceFilter, ToggleButton> filterButtons = new EnumMap<>(EvidenceFilter.class);
    private LocalDate today;
    private final Label actionMessage = new Label();
    private String awaitedWrite; // the outbox id the action message is waiting on, or null
    private String awaitedSentText;
    /** Requests, uploads and decisions saved on this PC but not yet in the list the service sent. */
    private final PendingChanges pending = new PendingChanges("evidence-pending", this::pendingLine);
    private EvidenceUpload upload;
    private final PreviewWindow preview;
    // While the preview is open it follows the selection, but not every row an arrow key passes.
    private final PauseTransition followSelection = new PauseTransition(Duration.millis(200));

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
        table.setPlaceholder(emptyTable);
        table.setTableMenuButtonVisible(true);
        var document = Columns.text("Document", EvidenceViewModel::describe);
        var status = Columns.pills("Status", (EvidenceItem i) -> i, i -> EvidenceViewModel.statusText(i, today),
                i -> EvidenceViewModel.tone(i, today), EvidenceViewModel.statusLabels());
        status.setSortable(false);
        var requested = Columns.date("Requested", EvidenceItem::requestedOn);
        var due = Columns.date("Due by", EvidenceItem::dueBy);
        var received = Columns.date("Received", EvidenceItem::receivedOn);
        var file = Columns.text("File", EvidenceViewModel::file);
        // Relative widths: the constrained policy shares the table's width in these proportions.
        Columns.widths(new double[] {34, 13, 12, 12, 12, 24}, document, status, requested, due, received, file);
        requested.setVisible(false); // on the column menu; due and received matter more on a call
        table.getColumns().addAll(java.util.List.of(document, status, requested, due, received, file));
        // Large text in a narrow panel: what is due and what has come in matter more than file names.
        Columns.fit(table, file, received);
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
        preview = new PreviewWindow(table, context, table::requestFocus, by -> {
            var selection = table.getSelectionModel();
            int at = Math.max(0, Math.min(table.getItems().size() - 1, selection.getSelectedIndex() + by));
            selection.clearAndSelect(at);
            table.scrollTo(at);
        });
        Button previewButton = new Button("Preview");
        previewButton.setId("evidence-preview-open");
        previewButton.setAccessibleText("Preview the selected document (Enter)");
        previewButton.setTooltip(new javafx.scene.control.Tooltip("Preview the selected document (Enter)"));
        previewButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        previewButton.setOnAction(e -> openPreview());
        pane.headerTools().add(previewButton);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openPreview();
                e.consume();
            }
        });
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openPreview();
            }
        });
        followSelection.setOnFinished(e -> preview.follow(table.getSelectionModel().getSelectedItem(), today));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (preview.isShowing() && now != null) {
                followSelection.playFromStart();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        actionMessage.setId("evidence-action-message");
        actionMessage.getStyleClass().add("cv-emphasis");
        actionMessage.setWrapText(true);
        // Its whole text, on as many lines as it takes: the table above gives up the room, rather than the
        // message being cut to "…saved on this PC against the ..." in a short panel.
        actionMessage.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        actionMessage.setManaged(false);
        VBox content = Layouts.stack(filters, pending.node(), table, actionMessage);
        if (context.outbox().isPresent() && context.allows(uk.caseview.sdk.auth.Permission.VERIFY_EVIDENCE)) {
            content.getChildren().add(3, decisionBar());
        }
        if (context.outbox().isPresent() && context.allows(uk.caseview.sdk.auth.Permission.REQUEST_EVIDENCE)) {
            EvidenceUpload upload = new EvidenceUpload(context, () -> table.getSelectionModel().getSelectedItem(),
                    this::say, this::sayUntilSent);
            Button request = new Button("Request…");
            request.setId("evidence-request");
            request.setAccessibleText("Request evidence from the citizen");
            request.setOnAction(e -> new RequestEvidenceDialog(pane, context).show());
            Button add = new Button("Upload…");
            add.setId("evidence-upload");
            add.setAccessibleText("Upload a document: PDF, PNG or JPEG, up to 10 MB. You can also drop a file here.");
            add.setTooltip(new javafx.scene.control.Tooltip("PDF, PNG or JPEG up to 10 MB; or drop a file on the list"));
            add.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Upload evidence");
                chooser.getExtensionFilters().add(
                        new FileChooser.ExtensionFilter("PDF, PNG or JPEG", "*.pdf", "*.png", "*.jpg", "*.jpeg"));
                File chosen = chooser.showOpenDialog(pane.getScene().getWindow());
                if (chosen != null) {
                    upload.accept(List.of(chosen));
                }
            });
            pane.headerTools().addAll(request, add);
            content.setOnDragOver(e -> {
                if (e.getDragboard().hasFiles()) {
                    e.acceptTransferModes(TransferMode.COPY);
                }
                e.consume();
            });
            content.setOnDragDropped(e -> {
                boolean files = e.getDragboard().hasFiles();
                if (files) {
                    upload.accept(e.getDragboard().getFiles());
                }
                e.setDropCompleted(files);
                e.consume();
            });
            this.upload = upload;
        }
        pane.setContent(content);
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void show(CustomerView view) {
        pane.show(view.evidence(), context.clock().instant(), this::render);
        pending.show(view.unsent());
        sayIfSent(view.unsent());
    }

    /**
     * A pending decision or an upload answering a request names the document it is about, as the
     * list has it, so "Verified" is never left to guess which of three payslips was meant.
     */
    private String pendingLine(uk.caseview.sdk.outbox.UnsentWrite u) {
        return switch (u.request()) {
            case uk.caseview.sdk.outbox.WriteRequest.EvidenceDecisionWrite w -> {
                String about = document(w.evidenceId());
                String what = w.decision().decision() == uk.caseview.sdk.model.evidence.EvidenceDecision.Decision.VERIFIED
                        ? "Verified" : "Rejected (" + w.decision().reason() + ")";
                yield about == null ? uk.caseview.ui.format.PendingWrites.summary(u) : what + ": " + about;
            }
            case uk.caseview.sdk.outbox.WriteRequest.EvidenceUploadWrite w -> {
                String about = w.requestId() == null ? null : document(w.requestId());
                String upload = uk.caseview.ui.format.PendingWrites.summary(u);
                yield about == null ? upload : upload + ", for the request " + about;
            }
            case uk.caseview.sdk.outbox.WriteRequest.EvidenceRequestWrite w -> uk.caseview.ui.format.PendingWrites.summary(u);
            case null, default -> null;
        };
    }

    private String document(String evidenceId) {
        return items.stream().filter(i -> i.evidenceId().equals(evidenceId)).findFirst()
                .map(EvidenceViewModel::describe).orElse(null);
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

    /**
     * The preview window shows this customer's document: it must not stay up beside another
     * customer's screen, nor outlive a closed tab that the shell keeps for re-opening.
     */
    @Override
    public void hidden() {
        followSelection.stop();
        preview.close();
    }

    @Override
    public void dispose() {
        hidden();
    }

    private void openPreview() {
        EvidenceItem selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            followSelection.stop();
            preview.open(selected, today);
        }
    }

    /** The preview window's content; for tests. */
    DocumentPreview preview() {
        return preview.preview();
    }

    /** The same path a drop or the file chooser takes; for tests that cannot drag. */
    void upload(List<File> files) {
        upload.accept(files);
    }

    /**
     * Under the table, for the selected document while it is received and undecided: verify it,
     * or reject it with a reason. Hidden otherwise, so it never offers what the service refuses.
     */
    private Node decisionBar() {
        Label what = new Label();
        what.getStyleClass().add(Styles.MUTED);
        Button verify = new Button("Mark verified…");
        verify.setId("evidence-verify");
        Button reject = new Button("Reject…");
        reject.setId("evidence-reject");
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(what, Layouts.spacer(), verify, reject);
        bar.getStyleClass().add("cv-row");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setId("evidence-decision-bar");
        Runnable follow = () -> {
            EvidenceItem selected = table.getSelectionModel().getSelectedItem();
            boolean open = selected != null && selected.status() == uk.caseview.sdk.model.evidence.EvidenceStatus.RECEIVED;
            bar.setVisible(open);
            bar.setManaged(open);
            if (open) {
                what.setText("Received " + uk.caseview.ui.format.Dates.format(selected.receivedOn()) + ": check it, then");
            }
        };
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> follow.run());
        items.addListener((javafx.collections.ListChangeListener<EvidenceItem>) c -> follow.run());
        follow.run();
        verify.setOnAction(e -> decide(uk.caseview.sdk.model.evidence.EvidenceDecision.Decision.VERIFIED));
        reject.setOnAction(e -> decide(uk.caseview.sdk.model.evidence.EvidenceDecision.Decision.REJECTED));
        return bar;
    }

    private void decide(uk.caseview.sdk.model.evidence.EvidenceDecision.Decision decision) {
        EvidenceItem item = table.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        new DecideEvidenceDialog(pane, context, item, decision, (chosen, receipt) -> {
            // Shown at once: the service's copy replaces it on the next refresh, or the shell says why it was refused.
            boolean rejected = chosen.decision() == uk.caseview.sdk.model.evidence.EvidenceDecision.Decision.REJECTED;
            EvidenceItem decided = new EvidenceItem(item.evidenceId(), item.type(), item.description(),
                    rejected ? uk.caseview.sdk.model.evidence.EvidenceStatus.REJECTED
                            : uk.caseview.sdk.model.evidence.EvidenceStatus.VERIFIED,
                    item.requestedOn(), item.dueBy(), item.receivedOn(), item.fileName(), item.mediaType(),
                    item.sizeBytes(), chosen.reason());
            int at = items.indexOf(item);
            if (at >= 0) {
                items.set(at, decided);
                refreshCounts();
                table.getSelectionModel().select(decided);
            }
            String what = rejected ? "Document rejected" : "Document verified";
            sayUntilSent(what + ": saved on this PC and being sent.", receipt, what + ": sent to the evidence service.");
        }).show();
    }

    private void say(String text) {
        awaitedWrite = null;
        actionMessage.setText(text);
        actionMessage.setManaged(true);
        context.announce(text);
    }

    /**
     * Says {@code text} ("saved on this PC…") and, once the customer view shows the service has
     * taken that write, {@code onceSent} instead: the line under the list is never left saying a
     * document is still to be uploaded after it has been.
     */
    private void sayUntilSent(String text, uk.caseview.sdk.outbox.OutboxReceipt receipt, String onceSent) {
        say(text);
        awaitedWrite = receipt.id();
        awaitedSentText = onceSent;
    }

    private void sayIfSent(java.util.List<uk.caseview.sdk.outbox.UnsentWrite> unsent) {
        if (awaitedWrite != null && unsent.stream().anyMatch(u -> u.entry().id().equals(awaitedWrite)
                && u.entry().status() == uk.caseview.sdk.outbox.OutboxStatus.SENT)) {
            say(awaitedSentText);
        }
    }

    private void render(EvidenceList list) {
        today = LocalDate.now(context.clock());
        items.setAll(EvidenceViewModel.ordered(list, today));
        refreshCounts();
    }

    private void refreshCounts() {
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
        // "match this filter" only when a filter is hiding something: with none on record, say so.
        emptyTable.setText(items.isEmpty() ? "No documents on record."
                : "No documents match this filter (" + filter.label() + ").");
    }
}
