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

    private final Nino nino;
    private final CustomerViewService service;
    private final PanelContext context;
    private final Tab tab = new Tab();
    private final CustomerHeader header;
    private final FlagsBanner flags;
    private final List<CustomerPanel> panels = new ArrayList<>();
    private final List<PanelProvider> providers;
    private final List<Node> mainPanels = new ArrayList<>();
    private final ScrollPane mainArea = new ScrollPane();
    private int columns;
    private final ReadOnlyObjectWrapper<CustomerView> view = new ReadOnlyObjectWrapper<>();
    private final Consumer<CustomerView> onComplete;
    private final CustomerViewListener listener;
    private boolean disposed;

    /**
     * @param contextFor builds the panels' context, given this tab's retry
     * @param onComplete told (on the FX thread) each time every source has a final state
     */
    public CustomerTab(Nino nino, CustomerViewService service, List<PanelProvider> providers,
            java.util.function.Function<Consumer<Source>, PanelContext> contextFor, Consumer<CustomerView> onComplete) {
        this.nino = nino;
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
        tab.setContent(layout());
        tab.setOnClosed(e -> dispose());
        render();
    }

    public Tab tab() {
        return tab;
    }

    public Nino nino() {
        return nino;
    }

    public ReadOnlyObjectProperty<CustomerView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** Starts (or restarts) loading every source. */
    public void load() {
        view.set(CustomerView.loading(nino));
        render();
        service.load(nino, listener).thenAccept(done -> context.tasks().onFxThread(this::completed));
    }

    /** One source again, e.g. from an "Unavailable" panel's Retry. */
    public void retry(Source source) {
        if (disposed) {
            return;
        }
        apply(source, SourceState.loading());
        service.reload(nino, source, listener).thenAccept(done -> context.tasks().onFxThread(this::completed));
    }

    /** Re-shows the current view: ages on "cached N min ago" badges move on. */
    public void refresh() {
        render();
    }

    /** Ctrl+n: the n-th panel (1-based) in provider order. */
    public void focusPanel(int n) {
        if (n >= 1 && n <= panels.size()) {
            panels.get(n - 1).focus();
        }
    }

    public boolean nextFlag() {
        return flags.next();
    }

    public void openFlag(CustomerFlag flag) {
        for (CustomerPanel p : panels) {
            if (p.showDetail(flag)) {
                return;
            }
        }
    }

    public List<PanelProvider> providers() {
        return providers;
    }

    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        panels.forEach(CustomerPanel::dispose);
    }

    private void apply(Source source, SourceState<?> state) {
        if (disposed) {
            return;
        }
        view.set(view.get().with(source, state));
        render();
    }

    private void completed() {
        if (!disposed && view.get().isComplete()) {
            onComplete.accept(view.get());
        }
    }

    private void render() {
        CustomerView v = view.get();
        header.show(v.citizen());
        if (v.citizen() instanceof SourceState.Loaded<Citizen> c) {
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
        VBox side = new VBox();
        side.getStyleClass().add("cv-side-column");
        for (int i = 0; i < panels.size(); i++) {
            Node node = panels.get(i).node();
            if (providers.get(i).placement() == Placement.SIDE) {
                VBox.setVgrow(node, Priority.ALWAYS);
                side.getChildren().add(node);
            } else {
                if (node instanceof Region region) {
                    region.setMinSize(0, 0);
                }
                mainPanels.add(node);
            }
        }
        mainArea.setFitToWidth(true);
        mainArea.getStyleClass().add("cv-main-area");
        HBox.setHgrow(mainArea, Priority.ALWAYS);
        // Two columns while each gets enough em to read; one scrolling column at large text sizes.
        mainArea.widthProperty().addListener((o, a, w) -> arrange(w.doubleValue()));
        arrange(0);
        HBox body = side.getChildren().isEmpty() ? new HBox(mainArea) : new HBox(side, mainArea);
        body.getStyleClass().add("cv-customer-body");
        VBox.setVgrow(body, Priority.ALWAYS);

        VBox top = Layouts.stack(header, flags);
        top.getStyleClass().add("cv-customer-top");
        BorderPane root = new BorderPane(body);
        root.setTop(top);
        root.getStyleClass().add("cv-customer");
        return root;
    }

    private void arrange(double width) {
        double em = header.emSize();
        int wanted = width == 0 || width / em >= 70 || mainPanels.size() <= 1 ? Math.min(2, mainPanels.size()) : 1;
        if (wanted == columns) {
            return;
        }
        columns = wanted;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("cv-main-grid");
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int rows = (mainPanels.size() + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            if (columns == 1) {
                rc.setPrefHeight(26 * em); // stacked panels keep a readable height and the column scrolls
                rc.setMinHeight(26 * em);
            } else {
                rc.setPercentHeight(100.0 / rows);
                rc.setVgrow(Priority.ALWAYS);
            }
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < mainPanels.size(); i++) {
            // An odd last panel takes the whole row rather than leaving a hole.
            int span = (i == mainPanels.size() - 1 && mainPanels.size() % columns != 0) ? columns : 1;
            grid.add(mainPanels.get(i), i % columns, i / columns, span, 1);
        }
        mainArea.setFitToHeight(columns > 1);
        mainArea.setContent(grid);
    }

}
