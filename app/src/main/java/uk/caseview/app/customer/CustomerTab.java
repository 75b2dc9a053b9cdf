package uk.caseview.app.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.CustomerViewListener;
import uk.caseview.sdk.view.CustomerViewService;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.flag.FlagScan;
import uk.caseview.ui.panel.CustomerPanel;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.Placement;
import uk.caseview.ui.widget.Layouts;

/**
 * One customer's screen: header, flags and every discovered panel, fed by one customer view.
 *
 * <p>The SDK tells the tab about each source on its own threads; the tab hops to the FX thread
 * and folds each source into its current view, so updates arriving out of order can never put
 * an older state over a newer one for another source. Closing the tab stops all of it.
 */
public final class CustomerTab {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerTab.class);
    /** Room (in em, beside the personal column) for two readable columns and the rail. */
    private static final double RAIL_BESIDE_EM = 125;
    /**
     * The least height a grid panel gets, in em, so it follows the text size. At 20em the Earnings
     * panel stacked at 120 % text kept its chart and chips but no pay row, and Debts one row; below
     * this the page scrolls instead of squeezing every table.
     */
    private static final double PANEL_MIN_EM = 24;

    private final Nino nino;
    private final CustomerViewService service;
    private final PanelContext context;
    private final Tab tab = new Tab();
    /** The screen itself: the shell shows it under the tab (TabDeck), never as the Tab's own content. */
    private final Node content;
    private final CustomerHeader header;
    private final FlagsBanner flags;
    private final List<CustomerPanel> panels = new ArrayList<>();
    private final List<PanelProvider> providers;
    private final List<Node> mainPanels = new ArrayList<>();
    private final List<Node> railPanels = new ArrayList<>();
    /** One per rail panel, in the same order: its place when it sits under the grid, below the fold. */
    private final List<DeferredSlot> railSlots = new ArrayList<>();
    /** Once the customer has loaded, panels below the fold join the scene in a frame of their own. */
    private final javafx.animation.PauseTransition attachWhenSettled =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
    private final ScrollPane mainArea = uk.caseview.ui.fx.ScrollPanes.uncached(new ScrollPane());
    private final VBox rail = new VBox();
    private final HBox body = new HBox();
    private final VBox side = new VBox();
    private Arrangement arrangement;
    private final HBox actions = new HBox();
    private final ReadOnlyObjectWrapper<CustomerView> view = new ReadOnlyObjectWrapper<>();
    private final Consumer<CustomerView> onComplete;
    private final CustomerViewListener listener;
    private boolean disposed;
    private boolean parked;
    /** The screen under the tab, and its header part: a restricted record keeps both behind the gate. */
    private BorderPane screen;
    private VBox top;
    private final Node restrictedGate;
    /** A restricted record shows only once a reason is on its audit trail, once per opening. */
    private boolean reasonGiven;

    /**
     * @param contextFor builds the panels' context, given this tab's retry
     * @param onComplete told (on the FX thread) each time every source has a final state
     */
    public CustomerTab(Nino nino, CustomerViewService service, List<PanelProvider> providers,
            java.util.function.Function<Consumer<Source>, PanelContext> contextFor, Consumer<CustomerView> onComplete) {
        this.nino = nino;
        this.restrictedGate = restrictedGate();
        this.service = service;
        this.providers = providers;
        this.onComplete = onComplete;
        this.context = contextFor.apply(this::retry);
        this.header = new CustomerHeader(nino, context.clock());
        this.flags = new FlagsBanner(this::openFlag);
        CustomerView initial = CustomerView.loading(nino);
        view.set(initial);
        this.listener = (updated, source) -> context.tasks().onFxThread(() -> apply(source, updated.state(source)));

        for (PanelProvider p : providers) {
            CustomerPanel panel = p.create(context);
            panel.node().setId("panel-" + p.id());
            panels.add(panel);
        }
        tab.setText(nino.formatted());
        tab.setId("customer-tab-" + nino.value());
        content = layout();
        content.setId("customer-" + nino.value());
        tab.setOnClosed(e -> dispose());
        render();
    }

    public Tab tab() {
        return tab;
    }

    public Nino nino() {
        return nino;
    }

    /** This customer's screen: header, flags and panels. */
    public Node content() {
        return content;
    }

    public ReadOnlyObjectProperty<CustomerView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** Starts (or restarts) loading every source. */
    public void load() {
        // A reload starts every source again; the caseworker's unsent changes are still unsent.
        view.set(CustomerView.loading(nino).withUnsent(view.get().unsent()));
        render();
        service.load(nino, listener).thenAccept(done -> context.tasks().onFxThread(this::completed));
    }

    /**
     * The tab was closed but the customer may well be opened again soon (the citizen rings
     * back): stop following the SDK, keep the panels as they are. {@link #reopen} brings them back;
     * {@link #dispose} ends them for good.
     */
    public void park() {
        parked = true;
        reasonGiven = false; // opened again, a restricted record asks again
        hidden();
    }

    /**
     * The screen is no longer the one in front (another tab chosen, or this one closed): each
     * panel puts away what was shown only on request, such as revealed bank details or a
     * document preview window, so none of it stays up beside another customer.
     */
    public void hidden() {
        for (CustomerPanel p : panels) {
            try {
                p.hidden();
            } catch (RuntimeException e) {
                LOG.error("A panel failed to put itself away", e);
            }
        }
    }

    public boolean isParked() {
        return parked;
    }

    /**
     * Shows a parked tab again at once, from what it held: every loaded source is marked as a
     * copy ("cached N min ago") because it is one, and the panels keep their filters, periods and
     * scroll positions. Then the SDK is asked again, which answers from its cache first and
     * refreshes in the background; equal data costs the panels nothing.
     */
    public void reopen() {
        parked = false;
        CustomerView held = view.get();
        for (Source source : Source.values()) {
            if (held.state(source) instanceof SourceState.Loaded<?> loaded && !loaded.fromCache()) {
                held = held.with(source, heldCopy(loaded));
            }
        }
        view.set(held);
        render();
        service.load(nino, listener).thenAccept(done -> context.tasks().onFxThread(this::completed));
    }

    private static <T> SourceState<T> heldCopy(SourceState.Loaded<T> loaded) {
        return SourceState.Loaded.cached(loaded.value(), loaded.fetchedAt());
    }

    /** One source again, e.g. from an "Unavailable" panel's Retry. */
    public void retry(Source source) {
        if (disposed) {
            return;
        }
        apply(source, SourceState.loading());
        service.reload(nino, source, listener).thenAccept(done -> context.tasks().onFxThread(this::completed));
    }

    /**
     * One source fetched again behind what is on screen, e.g. once a change to it was accepted:
     * the panel keeps showing what it had (no skeleton) until the new answer arrives.
     */
    public void refetch(Source source) {
        if (disposed || parked) {
            return;
        }
        service.reload(nino, source, listener).thenAccept(done -> context.tasks().onFxThread(this::completed));
    }

    /**
     * The caseworker's changes to this customer that are saved on this PC and not yet confirmed,
     * as they stand now: the panels they touch show them at once, marked as pending.
     */
    public void showUnsent(List<uk.caseview.sdk.outbox.UnsentWrite> writes) {
        // A write the service has just taken stays, marked sent, until its panel has the service's copy.
        List<uk.caseview.sdk.outbox.UnsentWrite> merged = new java.util.ArrayList<>(writes);
        for (uk.caseview.sdk.outbox.UnsentWrite u : view.get().unsent()) {
            if (u.entry().status() == uk.caseview.sdk.outbox.OutboxStatus.SENT
                    && writes.stream().noneMatch(w -> w.entry().id().equals(u.entry().id()))) {
                merged.add(u);
            }
        }
        setUnsent(merged);
    }

    /**
     * The service took one of this customer's writes: it stays on screen, marked sent, until the
     * source it changed is next fetched fresh (a failed refetch would otherwise make it vanish).
     * False if the write is not this customer's.
     */
    public boolean sent(uk.caseview.sdk.outbox.OutboxEntry entry) {
        List<uk.caseview.sdk.outbox.UnsentWrite> now = new java.util.ArrayList<>(view.get().unsent());
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).entry().id().equals(entry.id())) {
                now.set(i, new uk.caseview.sdk.outbox.UnsentWrite(entry, now.get(i).request()));
                setUnsent(now);
                return true;
            }
        }
        return false;
    }

    private void setUnsent(List<uk.caseview.sdk.outbox.UnsentWrite> writes) {
        if (disposed || writes.equals(view.get().unsent())) {
            return;
        }
        view.set(view.get().withUnsent(writes));
        if (!parked) {
            render();
        }
    }

    /** Re-shows the current view: ages on "cached N min ago" badges move on. */
    public void refresh() {
        render();
    }

    /** Ctrl+n: the n-th panel (1-based) in provider order. */
    public void focusPanel(int n) {
        if (n >= 1 && n <= panels.size()) {
            if (railPanels.contains(panels.get(n - 1).node())) {
                attachBelowTheFold();
            }
            scrollIntoView(panels.get(n - 1).node());
            panels.get(n - 1).focus();
        }
    }

    public boolean nextFlag() {
        return flags.next();
    }

    public void openFlag(CustomerFlag flag) {
        for (CustomerPanel p : panels) {
            if (railPanels.contains(p.node())) {
                attachBelowTheFold();
            }
            if (p.showDetail(flag)) {
                return;
            }
        }
    }

    /** Buttons for actions on this customer (note, contact details, notification), shown under the header. */
    public void addActions(List<javafx.scene.control.Button> buttons) {
        // A button's label is never cut: when the row is short of room the buttons move under the header.
        buttons.forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        actions.getChildren().addAll(buttons);
    }

    /**
     * True while a restricted record waits for a reason: nothing of the customer is on screen, so
     * nothing may be done to them either (a note by shortcut, say).
     */
    public boolean isWithheld() {
        return screen.getCenter() == restrictedGate;
    }

    /** The citizen's record, once loaded. */
    public java.util.Optional<Citizen> citizen() {
        return view.get().citizen() instanceof SourceState.Loaded<Citizen> c ? java.util.Optional.of(c.value())
                : java.util.Optional.empty();
    }

    public List<PanelProvider> providers() {
        return providers;
    }

    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        attachWhenSettled.stop();
        panels.forEach(CustomerPanel::dispose);
    }

    private void apply(Source source, SourceState<?> state) {
        if (disposed || parked) {
            return;
        }
        CustomerView next = view.get().with(source, state);
        if (state instanceof SourceState.Loaded<?> l && !l.fromCache()) {
            // The service's own copy is here: the writes it had already taken are in it now.
            next = next.withUnsent(next.unsent().stream()
                    .filter(u -> u.entry().status() != uk.caseview.sdk.outbox.OutboxStatus.SENT
                            || uk.caseview.ui.format.PendingWrites.source(u) != source)
                    .toList());
        }
        view.set(next);
        render();
    }

    private void completed() {
        if (!disposed && !parked && view.get().isComplete()) {
            if (railSlots.stream().anyMatch(s -> !s.isAttached())) {
                attachWhenSettled.playFromStart();
            }
            onComplete.accept(view.get());
        }
    }

    private void render() {
        CustomerView v = view.get();
        boolean restricted = v.citizen() instanceof SourceState.Loaded<Citizen> c && c.value().flags() != null
                && c.value().flags().restrictedRecord();
        withhold(restricted && !reasonGiven);
        header.show(v.citizen());
        if (v.citizen() instanceof SourceState.Loaded<Citizen> c && !isWithheld()) {
            tab.setText(c.value().name().surname() + ", " + c.value().name().givenNames().split(" ")[0]);
        }
        flags.show(FlagScan.of(v, LocalDate.now(context.clock())), !(v.citizen() instanceof SourceState.Loading<?>));
        for (CustomerPanel p : panels) {
            try {
                p.show(v);
            } catch (RuntimeException e) {
                // One broken panel must not blank the others; the log line carries no personal data.
                LOG.error("A panel failed to render", e);
            }
        }
    }

    private Node layout() {
        side.getStyleClass().add("cv-side-column");
        rail.getStyleClass().add("cv-rail-column");
        for (int i = 0; i < panels.size(); i++) {
            Node node = panels.get(i).node();
            switch (providers.get(i).placement()) {
                case SIDE -> {
                    VBox.setVgrow(node, Priority.ALWAYS);
                    side.getChildren().add(node);
                }
                case MAIN -> mainPanels.add(node);
                case RAIL -> {
                    railPanels.add(node);
                    CustomerPanel panel = panels.get(i);
                    railSlots.add(new DeferredSlot(node, providers.get(i).title(), panel::focus));
                }
            }
            if (providers.get(i).placement() != Placement.SIDE && node instanceof Region region) {
                region.setMinSize(0, 0);
            }
        }
        mainArea.setFitToWidth(true);
        mainArea.getStyleClass().add("cv-main-area");
        HBox.setHgrow(mainArea, Priority.ALWAYS);
        // The arrangement follows the room there is, measured in em so larger text gets fewer columns.
        body.widthProperty().addListener((o, a, w) -> arrange());
        // The room for the grid is what the side column leaves, and that column grows with the text.
        side.widthProperty().addListener((o, a, w) -> arrange());
        // Larger text means fewer columns fit, and rows sized in em must be sized again.
        header.onTextSizeChange(() -> {
            arrangement = null;
            arrange();
        });
        mainArea.viewportBoundsProperty().addListener((o, a, b) -> fitGridToViewport());
        mainArea.vvalueProperty().addListener((o, a, v) -> {
            if (v.doubleValue() > 0) {
                attachBelowTheFold();
            }
        });
        attachWhenSettled.setOnFinished(e -> attachBelowTheFold());
        arrange();
        body.getStyleClass().add("cv-customer-body");
        VBox.setVgrow(body, Priority.ALWAYS);

        actions.getStyleClass().add("cv-customer-actions");
        HBox headerRow = Layouts.row(header, Layouts.spacer(), actions);
        top = Layouts.stack(headerRow, flags);
        top.getStyleClass().add("cv-customer-top");
        // Beside the header while both fit whole; at larger text or on a narrow window, on a row of
        // their own under it, so neither the customer's details nor a button's label is cut.
        Runnable placeActions = () -> {
            double room = headerRow.getWidth();
            double need = header.prefWidth(-1) + actions.prefWidth(-1) + headerRow.getSpacing() * 2;
            boolean beside = room <= 0 || room >= need;
            if (beside && actions.getParent() != headerRow) {
                top.getChildren().remove(actions);
                headerRow.getChildren().add(actions);
            } else if (!beside && actions.getParent() == headerRow) {
                headerRow.getChildren().remove(actions);
                top.getChildren().add(1, actions);
            }
        };
        headerRow.widthProperty().addListener((o, a, w) -> placeActions.run());
        top.widthProperty().addListener((o, a, w) -> placeActions.run());
        header.widthProperty().addListener((o, a, w) -> placeActions.run());
        screen = new BorderPane(body);
        screen.setMinHeight(0);
        body.setMinHeight(0);
        screen.setTop(top);
        screen.getStyleClass().add("cv-customer");
        return screen;
    }

    /** Swaps the whole screen, header included, for the restricted-record gate, or back. */
    private void withhold(boolean gate) {
        if (gate == isWithheld()) {
            return;
        }
        top.setVisible(!gate);
        top.setManaged(!gate);
        screen.setCenter(gate ? restrictedGate : body);
        if (gate) {
            tab.setText("Restricted record");
        }
    }

    private Node restrictedGate() {
        javafx.scene.control.Label title = new javafx.scene.control.Label("Restricted record");
        title.getStyleClass().add(uk.caseview.ui.theme.Styles.SECTION_TITLE);
        javafx.scene.control.Label why = new javafx.scene.control.Label(
                "This customer is protected from someone who may try to find them. Only open the record if you "
                        + "need it for their query. Your reason, your name and the time go on the audit trail.");
        why.setWrapText(true);
        why.setMaxWidth(560);
        javafx.scene.control.Button open = new javafx.scene.control.Button("Give a reason and open the record");
        open.setId("restricted-open");
        open.getStyleClass().add(uk.caseview.ui.theme.Styles.BUTTON_PRIMARY);
        open.setDefaultButton(true);
        open.setOnAction(e -> context.withReason(uk.caseview.sdk.model.citizen.AuditAction.OPENED_RESTRICTED_RECORD,
                "Why do you need to open this restricted record?", () -> {
                    reasonGiven = true;
                    render();
                }));
        // The NINO they searched for, so they know which record this is; nothing else of the customer yet.
        javafx.scene.control.Label whose = new javafx.scene.control.Label("NINO " + nino.formatted());
        whose.getStyleClass().add(uk.caseview.ui.theme.Styles.MUTED);
        VBox gate = new VBox(title, whose, why, open);
        gate.setId("restricted-gate");
        gate.getStyleClass().addAll(uk.caseview.ui.theme.Styles.CARD, "cv-stack");
        gate.setMaxSize(620, Region.USE_PREF_SIZE);
        javafx.scene.layout.StackPane centred = new javafx.scene.layout.StackPane(gate);
        javafx.scene.layout.StackPane.setAlignment(gate, javafx.geometry.Pos.TOP_CENTER);
        centred.setPadding(new javafx.geometry.Insets(48, 24, 24, 24));
        return centred;
    }

    /**
     * How the panels sit: two grid columns while each gets enough em to read, one otherwise; the
     * rail panels (the timeline) down the right when the window has room for it beside two
     * readable columns, else under the grid, which then fills the visible height so the
     * timeline is one scroll (or Ctrl+number) away rather than squeezing every table.
     */
    private record Arrangement(int columns, boolean railBeside) {}

    private void arrange() {
        double em = header.emSize();
        double room = body.getWidth() - (side.getChildren().isEmpty() ? 0 : side.getWidth());
        boolean measured = body.getWidth() > 0;
        int columns = !measured || room / em >= 70 || mainPanels.size() <= 1 ? Math.min(2, mainPanels.size()) : 1;
        boolean railBeside = !railPanels.isEmpty() && measured && room / em >= RAIL_BESIDE_EM;
        Arrangement wanted = new Arrangement(columns, railBeside);
        if (wanted.equals(arrangement)) {
            return;
        }
        arrangement = wanted;

        GridPane grid = new GridPane();
        grid.getStyleClass().add("cv-main-grid");
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        List<Node> inGrid = new ArrayList<>(mainPanels);
        int gridRows = (mainPanels.size() + columns - 1) / columns;
        if (!railBeside) {
            inGrid.addAll(railSlots);
        }
        int rows = gridRows + (railBeside ? 0 : railPanels.size());
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setMinHeight(PANEL_MIN_EM * em);
            rc.setPrefHeight(columns == 1 || r >= gridRows ? 26 * em : PANEL_MIN_EM * em);
            rc.setVgrow(r < gridRows && columns > 1 ? Priority.ALWAYS : Priority.NEVER);
            grid.getRowConstraints().add(rc);
        }
        int cell = 0;
        for (int i = 0; i < inGrid.size(); i++) {
            boolean railPanel = i >= mainPanels.size();
            // An odd last main panel, and every rail panel, takes the whole row rather than leaving a hole.
            boolean lastOdd = i == mainPanels.size() - 1 && mainPanels.size() % columns != 0;
            int span = railPanel || lastOdd ? columns : 1;
            int row = railPanel ? gridRows + (i - mainPanels.size()) : cell / columns;
            grid.add(inGrid.get(i), railPanel ? 0 : cell % columns, row, span, 1);
            cell += railPanel ? 0 : span;
        }
        // With nothing under the grid, the grid simply fills the area; with the rail underneath, the
        // grid's rows are sized to the visible height (fitGridToViewport) and the area scrolls.
        boolean nothingUnder = railBeside || railPanels.isEmpty();
        mainArea.setFitToHeight(nothingUnder && columns > 1);
        mainArea.setContent(grid);
        rail.getChildren().setAll(railBeside ? railPanels : List.of());
        for (Node n : rail.getChildren()) {
            VBox.setVgrow(n, Priority.ALWAYS);
        }
        railSlots.forEach(railBeside ? DeferredSlot::seenElsewhere : DeferredSlot::reclaim);
        List<Node> columnsInBody = new ArrayList<>();
        if (!side.getChildren().isEmpty()) {
            columnsInBody.add(side);
        }
        columnsInBody.add(mainArea);
        if (railBeside) {
            columnsInBody.add(rail);
        }
        body.getChildren().setAll(columnsInBody);
        fitGridToViewport();
    }

    /** The main grid's own rows fill the visible height exactly; anything under them is a scroll away. */
    private void fitGridToViewport() {
        if (arrangement == null || arrangement.columns() < 2 || mainArea.isFitToHeight()
                || !(mainArea.getContent() instanceof GridPane grid)) {
            return;
        }
        double visible = mainArea.getViewportBounds().getHeight();
        if (visible <= 0) {
            return;
        }
        int gridRows = (mainPanels.size() + arrangement.columns() - 1) / arrangement.columns();
        double gaps = grid.getVgap() * Math.max(0, gridRows - 1);
        double each = Math.max(PANEL_MIN_EM * header.emSize(), (visible - gaps) / gridRows);
        for (int r = 0; r < gridRows && r < grid.getRowConstraints().size(); r++) {
            grid.getRowConstraints().get(r).setPrefHeight(each);
        }
    }

    /** Panels under the grid join the scene: they are about to be seen. */
    private void attachBelowTheFold() {
        attachWhenSettled.stop();
        if (arrangement != null && !arrangement.railBeside()) {
            railSlots.forEach(DeferredSlot::attach);
        }
    }

    /** A panel under the fold (the timeline on a smaller window) is brought up when it is chosen. */
    private void scrollIntoView(Node panel) {
        int rail = railPanels.indexOf(panel);
        Node node = rail >= 0 ? railSlots.get(rail) : panel;
        Node content = mainArea.getContent();
        if (content == null || node.getParent() != content) {
            return;
        }
        double hidden = content.getLayoutBounds().getHeight() - mainArea.getViewportBounds().getHeight();
        if (hidden > 0) {
            mainArea.setVvalue(Math.min(1, node.getBoundsInParent().getMinY() / hidden));
        }
    }

}
