package uk.caseview.app.shell;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import uk.caseview.app.backend.Backend;
import uk.caseview.app.config.Mode;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.sdk.outbox.Outbox;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.panel.PanelContext;
import uk.caseview.ui.theme.Palette;
import uk.caseview.ui.theme.Theme;
import uk.caseview.ui.widget.Layouts;
import uk.caseview.ui.workspace.Workspace;
import uk.caseview.ui.workspace.WorkspaceContext;
import uk.caseview.ui.workspace.WorkspaceProvider;

/**
 * The shell: environment banner, app bar with search, tabs (start page, workspaces, customers),
 * status bar, F1 overlay and the keyboard shortcuts. It knows panels and workspaces only
 * through the {@link PanelCatalogue}.
 */
public final class MainWindow {

    private final Backend backend;
    private final Theme theme;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final PanelCatalogue catalogue;
    private final RecentCustomers recent = new RecentCustomers();
    private final TabPane tabs = new TabPane();
    private final Map<Nino, CustomerTab> customers = new LinkedHashMap<>();
    private final Map<String, Tab> workspaceTabs = new HashMap<>();
    private final List<Workspace> openWorkspaces = new ArrayList<>();
    private final EnvironmentBanner banner;
    private final StatusBar status;
    private final SearchBar search;
    private final HelpOverlay help;
    private final BorderPane root = new BorderPane();
    private final Timeline ageTicker;
    private final Map<String, String> awaited = new HashMap<>();
    private ConnectionState lastConnection = ConnectionState.UNKNOWN;

    public MainWindow(Backend backend, Theme theme, BackgroundTasks tasks, Clock clock, PanelCatalogue catalogue) {
        this.backend = backend;
        this.theme = theme;
        this.tasks = tasks;
        this.clock = clock;
        this.catalogue = catalogue;
        root.setId("main-window");
        root.getStyleClass().add("cv-main-window");

        banner = new EnvironmentBanner(backend.mode(), backend.address());
        status = new StatusBar(backend.mode() == Mode.TRAINING
                ? "Training server on this PC (port " + backend.address().getPort() + ")"
                : "Services at " + backend.address().getHost());
        status.textScale(theme.fontScaleProperty().get());
        theme.fontScaleProperty().addListener((o, a, b) -> status.textScale(b.doubleValue()));
        search = new SearchBar(recent, this::openCustomer, this::openTrace);
        help = new HelpOverlay(catalogue.panels(), backend.outbox().isPresent());
        backend.outbox().ifPresent(this::watchOutbox);

        Label brand = Layouts.label("Caseview", "cv-brand");
        HBox appBar = new HBox(brand, menuBar(), search);
        appBar.getStyleClass().add("cv-app-bar");
        root.setTop(new VBox(banner, appBar));

        tabs.setId("main-tabs");
        tabs.getStyleClass().add("cv-main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        Tab start = new Tab("Start", new StartPage(backend.mode(), backend.address(), tasks, this::openCustomer));
        start.setId("start-tab");
        start.setClosable(false);
        tabs.getTabs().add(start);
        for (WorkspaceProvider w : catalogue.workspaces()) {
            tabs.getTabs().add(workspaceTab(w));
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now.getUserData() instanceof WorkspaceProvider w && now.getContent() == null) {
                openWorkspace(w, now);
            }
        });

        StackPane centre = new StackPane(tabs);
        if (backend.mode() == Mode.TRAINING) {
            centre.getChildren().add(new Watermark());
        }
        centre.getChildren().add(help);
        root.setCenter(centre);
        root.setBottom(status);

        // "Cached 5 min ago" must not freeze at "5": re-show the visible customer now and then.
        ageTicker = new Timeline(new KeyFrame(Duration.seconds(30), e -> selectedCustomer().ifPresent(CustomerTab::refresh)));
        ageTicker.setCycleCount(Timeline.INDEFINITE);
        ageTicker.play();
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                registerShortcuts();
            }
        });
    }

    public Parent root() {
        return root;
    }

    public SearchBar search() {
        return search;
    }

    public TabPane tabs() {
        return tabs;
    }

    public EnvironmentBanner banner() {
        return banner;
    }

    public StatusBar status() {
        return status;
    }

    public HelpOverlay help() {
        return help;
    }

    public Optional<CustomerTab> customer(Nino nino) {
        return Optional.ofNullable(customers.get(nino));
    }

    /** Opens the customer's tab, or brings it forward if already open. */
    public void openCustomer(Nino nino) {
        CustomerTab existing = customers.get(nino);
        if (existing != null) {
            tabs.getSelectionModel().select(existing.tab());
            return;
        }
        CustomerTab tab = new CustomerTab(nino, backend.customerViews(), catalogue.panels(),
                retry -> panelContext(nino, retry), this::loaded);
        customers.put(nino, tab);
        tab.tab().setOnClosed(e -> {
            tab.dispose();
            customers.remove(nino);
        });
        tab.viewProperty().addListener((o, old, view) -> {
            if (view.citizen() instanceof SourceState.Loaded<Citizen> c) {
                recent.visited(nino, c.value().name().fullName());
            }
        });
        recent.visited(nino, null);
        if (backend.outbox().isPresent()) {
            tab.addActions(customerActions(tab));
        }
        tabs.getTabs().add(tab.tab());
        tabs.getSelectionModel().select(tab.tab());
        tab.load();
    }

    /** Ctrl+N: a contact note for the customer on screen. */
    public void recordNote() {
        Optional<CustomerTab> customer = selectedCustomer();
        if (customer.isEmpty()) {
            status.say("Open a customer first, then record the note.");
            return;
        }
        if (backend.outbox().isEmpty()) {
            status.say("Notes can't be recorded: this PC has no secure store set up (see the README).");
            return;
        }
        CustomerTab tab = customer.get();
        String name = tab.viewProperty().get().citizen() instanceof SourceState.Loaded<Citizen> c
                ? c.value().name().fullName() : null;
        new uk.caseview.app.customer.ContactNoteDialog(root.getScene().getWindow(), theme, tab.nino(), name,
                backend.outbox().get(), tasks, receipt -> saved(receipt, "Note")).show();
    }

    private List<javafx.scene.control.Button> customerActions(CustomerTab tab) {
        javafx.scene.control.Button note = actionButton("Record note", "action-note", this::recordNote);
        javafx.scene.control.Button contact = actionButton("Update contact details", "action-contact", () -> tab.citizen()
                .ifPresentOrElse(c -> new uk.caseview.app.customer.ContactDetailsDialog(root.getScene().getWindow(), theme,
                        c, backend.outbox().get(), tasks, receipt -> saved(receipt, "Contact details update")).show(),
                        () -> status.say("Personal details haven't loaded, so there is nothing to update yet.")));
        javafx.scene.control.Button notify = actionButton("Send notification", "action-notify", () -> tab.citizen()
                .ifPresentOrElse(c -> new uk.caseview.app.customer.NotificationDialog(root.getScene().getWindow(), theme,
                        c, backend.outbox().get(), tasks, receipt -> saved(receipt, "Notification")).show(),
                        () -> status.say("Personal details haven't loaded, so the preferred language isn't known yet.")));
        return List.of(note, contact, notify);
    }

    private static javafx.scene.control.Button actionButton(String text, String id, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void saved(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what) {
        awaited.put(receipt.id(), what);
        status.say(what + " saved on this PC. It will be sent"
                + (lastConnection == ConnectionState.UNREACHABLE ? " when the service is back." : " now."));
        // The outbox may have sent it before we heard of it (its event then found nothing awaited): ask once.
        // A failed look-up changes nothing: later events still report it.
        backend.outbox().ifPresent(outbox -> tasks.run(() -> outbox.entry(receipt.id()),
                found -> found.ifPresent(this::report), error -> { }));
    }

    private void watchOutbox(uk.caseview.sdk.outbox.Outbox outbox) {
        outbox.addListener(event -> tasks.onFxThread(() -> {
            status.pending(event.pending());
            report(event.entry());
        }));
        tasks.run(outbox::pendingCount, status::pending, error -> status.say("Can't read the outbox just now."));
    }

    private void report(uk.caseview.sdk.outbox.OutboxEntry entry) {
        String what = awaited.get(entry.id());
        if (what == null) {
            return;
        }
        switch (entry.status()) {
            case SENT -> {
                awaited.remove(entry.id());
                status.say(what + " sent.");
            }
            case NEEDS_ATTENTION, CONFLICT -> status.say(what + " needs attention: " + entry.message());
            // The first failed attempt: "sent now" no longer holds, whatever the shell last knew of the connection.
            case QUEUED -> {
                if (entry.attempts() == 1) {
                    status.say(what + " saved on this PC. It will be sent when the service is back.");
                }
            }
            default -> { }
        }
    }

    public void openTrace() {
        new TraceDialog(root.getScene().getWindow(), theme, backend.apis(), tasks, this::openCustomer).show();
    }

    public void dispose() {
        ageTicker.stop();
        customers.values().forEach(CustomerTab::dispose);
        openWorkspaces.forEach(Workspace::dispose);
    }

    private PanelContext panelContext(Nino nino, java.util.function.Consumer<uk.caseview.sdk.view.Source> retry) {
        CaseviewApis apis = backend.apis();
        return new ShellPanelContext(nino, apis, tasks, retry, clock, catalogue::hasWorkspace, this::openWorkspace,
                backend.outbox(), status::say, (receipt, what) -> awaited.put(receipt.id(), what));
    }

    private void loaded(CustomerView view) {
        boolean allFailed = view.states().values().stream().allMatch(s -> s instanceof SourceState.Unavailable<?>);
        boolean anyFresh = view.states().values().stream()
                .anyMatch(s -> s instanceof SourceState.Loaded<?> l && !l.fromCache());
        ConnectionState state = allFailed ? ConnectionState.UNREACHABLE
                : anyFresh ? ConnectionState.CONNECTED : ConnectionState.UNKNOWN;
        if (state != ConnectionState.UNKNOWN) {
            lastConnection = state;
            status.connection(state);
            banner.show(state);
        }
    }

    private Tab workspaceTab(WorkspaceProvider provider) {
        Tab tab = new Tab(provider.title());
        tab.setId("workspace-" + provider.id());
        tab.setClosable(false);
        tab.setUserData(provider);
        workspaceTabs.put(provider.id(), tab);
        return tab;
    }

    private void openWorkspace(String id) {
        Tab tab = workspaceTabs.get(id);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    private void openWorkspace(WorkspaceProvider provider, Tab tab) {
        Workspace workspace = provider.create(new WorkspaceContext() {
            @Override
            public CaseviewApis apis() {
                return backend.apis();
            }

            @Override
            public BackgroundTasks tasks() {
                return tasks;
            }

            @Override
            public void openCustomer(Nino nino) {
                MainWindow.this.openCustomer(nino);
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Optional<Outbox> outbox() {
                return backend.outbox();
            }

            @Override
            public void saved(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what) {
                MainWindow.this.saved(receipt, what);
            }
        });
        openWorkspaces.add(workspace);
        tab.setContent(workspace.node());
    }

    private Optional<CustomerTab> selectedCustomer() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return customers.values().stream().filter(c -> c.tab() == selected).findFirst();
    }

    private MenuBar menuBar() {
        Menu customer = new Menu("_Customer");
        customer.getItems().addAll(
                item("Find by NINO", Shortcut.SEARCH, search::focusSearch),
                item("Trace…", Shortcut.TRACE, this::openTrace),
                item("Record contact note…", Shortcut.NEW_NOTE, this::recordNote),
                item("Next flag", Shortcut.NEXT_FLAG, () -> selectedCustomer().ifPresent(CustomerTab::nextFlag)),
                item("Refresh", Shortcut.REFRESH, () -> selectedCustomer().ifPresent(CustomerTab::load)),
                item("Close tab", Shortcut.CLOSE_TAB, this::closeSelected));
        CheckMenuItem contrast = new CheckMenuItem("High contrast");
        contrast.setId("menu-high-contrast");
        contrast.setAccelerator(Shortcut.HIGH_CONTRAST.keys());
        contrast.selectedProperty().addListener((o, a, on) ->
                theme.paletteProperty().set(on ? Palette.HIGH_CONTRAST : Palette.STANDARD));
        theme.paletteProperty().addListener((o, a, p) -> contrast.setSelected(p == Palette.HIGH_CONTRAST));
        Menu view = new Menu("_View");
        view.getItems().addAll(contrast,
                item("Larger text", Shortcut.BIGGER_TEXT, () -> theme.stepFontScale(1)),
                item("Smaller text", Shortcut.SMALLER_TEXT, () -> theme.stepFontScale(-1)),
                item("Normal text size", Shortcut.RESET_TEXT, () -> theme.setFontScale(1.0)));
        Menu helpMenu = new Menu("_Help");
        helpMenu.getItems().add(item("Keyboard shortcuts", Shortcut.HELP, help::toggle));
        MenuBar bar = new MenuBar(customer, view, helpMenu);
        bar.getStyleClass().add("cv-menu-bar");
        return bar;
    }

    private static MenuItem item(String text, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(shortcut.keys());
        item.setOnAction(e -> action.run());
        item.setId("menu-" + shortcut.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return item;
    }

    private void closeSelected() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.isClosable()) {
            tabs.getTabs().remove(selected);
            if (selected.getOnClosed() != null) {
                selected.getOnClosed().handle(null);
            }
        }
    }

    private void registerShortcuts() {
        var accelerators = root.getScene().getAccelerators();
        for (int i = 1; i <= Math.min(9, catalogue.panels().size()); i++) {
            int n = i;
            accelerators.put(Shortcut.panel(i), () -> selectedCustomer().ifPresent(c -> c.focusPanel(n)));
        }
    }
}
