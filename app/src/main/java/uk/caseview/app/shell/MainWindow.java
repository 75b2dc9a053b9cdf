package uk.caseview.app.shell;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.caseview.app.backend.Backend;
import uk.caseview.sdk.auth.Permission;
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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);

    /** Reads of the unsent writes asked for; only the newest one's answer is shown. */
    private int unsentAsked;

    private final Backend backend;
    private final Theme theme;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final PanelCatalogue catalogue;
    private final RecentCustomers recent = new RecentCustomers();
    private final TabDeck deck = new TabDeck();
    private final TabPane tabs = deck.strip();
    private final Map<Nino, CustomerTab> customers = new LinkedHashMap<>();
    private final ParkedCustomers parked = new ParkedCustomers(closed -> deck.discard(closed.tab()));
    private final Map<String, Tab> workspaceTabs = new HashMap<>();
    private final List<Workspace> openWorkspaces = new ArrayList<>();
    private final EnvironmentBanner banner;
    private final StatusBar status;
    private final SearchBar search;
    private final HelpOverlay help;
    private final BorderPane root = new BorderPane();
    /**
     * Re-shows the customer on screen twice a minute, so "cached 5 min ago" does not freeze at 5.
     * Not a JavaFX Timeline: a running animation keeps the toolkit pulsing 60 times a second for
     * as long as it runs, which for this one was all day (CPU, battery, and a busy FX thread).
     */
    private final java.util.concurrent.ScheduledExecutorService ageTicker =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(work -> {
                Thread t = new Thread(work, "caseview-age-ticker");
                t.setDaemon(true);
                return t;
            });
    private final Map<String, String> awaited = new HashMap<>();
    /** Writes by outbox id: once sent, the source each touched is fetched again for that customer. */
    private final Map<String, Touched> refetchWhenSent = new HashMap<>();

    private record Touched(Nino nino, uk.caseview.sdk.view.Source source) {}
    private final java.util.Set<String> toldHeldBack = new java.util.HashSet<>();
    // The outbox may try a write before the FX thread has been handed its receipt; keep the last few
    // such events so the caseworker still hears "sent" (or "held back") once the receipt arrives.
    private final Map<String, uk.caseview.sdk.outbox.OutboxEvent> unclaimed = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, uk.caseview.sdk.outbox.OutboxEvent> eldest) {
            return size() > 32;
        }
    };
    private final ConnectionMonitor connection;
    private final uk.caseview.app.audit.AuditRecorder audit;
    private final uk.caseview.app.audit.ReasonGate reasons;

    public MainWindow(Backend backend, Theme theme, BackgroundTasks tasks, Clock clock, PanelCatalogue catalogue) {
        this.backend = backend;
        this.theme = theme;
        this.tasks = tasks;
        this.clock = clock;
        this.catalogue = catalogue;
        root.setId("main-window");
        audit = new uk.caseview.app.audit.AuditRecorder(backend.outbox(), backend.apis(), tasks, clock);
        reasons = new uk.caseview.app.audit.ReasonGate(() -> root.getScene().getWindow(), theme, audit);
        root.getStyleClass().add("cv-main-window");

        banner = new EnvironmentBanner(backend.mode(), backend.address());
        backend.trainingDate().ifPresent(banner::trainingDate);
        if (backend.inClassroom()) {
            banner.classroom(backend.trainingSession());
        }
        status = new StatusBar(backend.inClassroom()
                ? "Classroom server " + backend.address().getHost() + ", as " + backend.trainingSession()
                : backend.mode() == Mode.TRAINING
                        ? "Training server on this PC (port " + backend.address().getPort() + ")"
                        : "Services at " + backend.address().getHost());
        status.textScale(theme.fontScaleProperty().get());
        theme.fontScaleProperty().addListener((o, a, b) -> status.textScale(b.doubleValue()));
        connection = new ConnectionMonitor(new ApiProbe(backend.apis()), backend.connectionChecks(),
                found -> tasks.onFxThread(() -> showConnection(found)));
        search = new SearchBar(recent, this::openCustomer, this::openTrace);
        help = new HelpOverlay(catalogue.panels(), backend.outbox().isPresent());
        backend.outbox().ifPresent(this::watchOutbox);
        status.onPendingClicked(this::showPendingWrites);

        Label brand = Layouts.label("Caseview", "cv-brand");
        MenuBar menus = menuBar();
        // At large text sizes the NINO box gives up width first: the name, menus and buttons read whole.
        brand.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        menus.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox appBar = new HBox(brand, menus, search);
        HBox.setHgrow(search, javafx.scene.layout.Priority.SOMETIMES);
        appBar.getStyleClass().add("cv-app-bar");
        root.setTop(new VBox(banner, appBar));

        tabs.setId("main-tabs");
        tabs.getStyleClass().add("cv-main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        Tab start = new Tab("Start");
        start.setId("start-tab");
        start.setClosable(false);
        deck.add(start, new StartPage(backend.mode(), backend.address(), backend.tokens(), tasks, this::openCustomer));
        for (WorkspaceProvider w : catalogue.workspaces()) {
            if (allows(w.requires())) {
                deck.add(workspaceTab(w), null);
            }
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            customerOf(old).ifPresent(CustomerTab::hidden);
            if (now != null && now.getUserData() instanceof WorkspaceProvider w && deck.page(now).isEmpty()) {
                openWorkspace(w, now);
            }
        });

        StackPane centre = new StackPane(deck.node());
        // At large text the customer's screen would ask for more height than the window has and run
        // over the status bar; it scrolls inside its own areas instead, and the status bar stays put.
        centre.setMinHeight(0);
        centre.setMinWidth(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(centre.widthProperty());
        clip.heightProperty().bind(centre.heightProperty());
        centre.setClip(clip);
        if (backend.mode() == Mode.TRAINING) {
            centre.getChildren().add(new Watermark());
        }
        centre.getChildren().add(help);
        root.setCenter(centre);
        root.setBottom(status);

        ageTicker.scheduleAtFixedRate(() -> tasks.onFxThread(() -> selectedCustomer().ifPresent(CustomerTab::refresh)),
                30, 30, java.util.concurrent.TimeUnit.SECONDS);
        connection.start();
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                registerShortcuts();
            }
        });
    }

    /**
     * Shows who is signed in and offers sign-out. Called again after a renewed sign-in, with the
     * same window: open tabs and typed work stay.
     */
    public void signedIn(uk.caseview.sdk.auth.AccessToken user, Runnable signOut) {
        String roles = user.roles().stream().map(uk.caseview.sdk.auth.Role::label).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        status.signedIn(user.displayName() + (roles.isEmpty() ? "" : " (" + roles + ")"), signOut);
        connection.recheckSoon();
    }

    /** Installed, and open to this member of staff's roles: the debt panel offers its way in only then. */
    private boolean hasWorkspace(String workspaceId) {
        return catalogue.workspaces().stream().anyMatch(w -> w.id().equals(workspaceId) && allows(w.requires()));
    }

    /** Whether the signed-in member of staff's roles allow this; actions they don't are hidden. */
    public boolean allows(Permission permission) {
        return backend.allows(permission);
    }

    public Parent root() {
        return root;
    }

    public SearchBar search() {
        return search;
    }

    /** The strip of tab headers: which tabs are open and which is chosen. */
    public TabPane tabs() {
        return tabs;
    }

    /** What a tab shows (its page lives under the strip, not in the Tab itself): empty for a workspace not yet opened. */
    public Optional<javafx.scene.Node> page(Tab tab) {
        return deck.page(tab);
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

    /**
     * Opens the customer's tab, or brings it forward if already open. A customer closed a
     * little while ago comes back from the parked tabs at once, then refreshes.
     */
    public void openCustomer(Nino nino) {
        CustomerTab existing = customers.get(nino);
        if (existing != null) {
            tabs.getSelectionModel().select(existing.tab());
            return;
        }
        Optional<CustomerTab> kept = parked.take(nino);
        CustomerTab tab = kept.orElseGet(() -> newCustomerTab(nino));
        customers.put(nino, tab);
        recent.visited(nino, tab.citizen().map(c -> c.name().fullName()).orElse(null));
        deck.add(tab.tab(), tab.content());
        deck.select(tab.tab());
        audit.opened(nino);
        if (kept.isPresent()) {
            tab.reopen();
        } else {
            tab.load();
        }
        showUnsentChanges();
    }

    /**
     * Gives every open customer their unsent changes (read and decrypted from the outbox, off the
     * FX thread), so a note saved a moment ago, or queued while a service is down, is on screen
     * at once, marked as pending, and goes when its service confirms it.
     */
    private void showUnsentChanges() {
        int asked = ++unsentAsked;
        backend.outbox().ifPresent(outbox -> tasks.run(outbox::unsent, all -> {
            if (asked != unsentAsked) {
                return; // a later read is on its way, made after a change this one may not have seen
            }
            Map<Nino, List<uk.caseview.sdk.outbox.UnsentWrite>> byCustomer = new HashMap<>();
            for (uk.caseview.sdk.outbox.UnsentWrite u : all) {
                if (u.request() != null) {
                    byCustomer.computeIfAbsent(u.request().nino(), k -> new java.util.ArrayList<>()).add(u);
                }
            }
            customers.forEach((nino, tab) -> tab.showUnsent(byCustomer.getOrDefault(nino, List.of())));
        }, error -> LOG.warn("Could not read the unsent changes to show them as pending: {}",
                error.getClass().getSimpleName())));
    }

    private CustomerTab newCustomerTab(Nino nino) {
        CustomerTab tab = new CustomerTab(nino, backend.customerViews(), catalogue.panels(),
                retry -> panelContext(nino, retry), this::loaded);
        tab.tab().setOnClosed(e -> {
            customers.remove(nino);
            parked.park(tab);
        });
        tab.viewProperty().addListener((o, old, view) -> {
            if (view.citizen() instanceof SourceState.Loaded<Citizen> c && !tab.isWithheld()) {
                recent.visited(nino, c.value().name().fullName());
            }
        });
        if (backend.outbox().isPresent()) {
            tab.addActions(customerActions(tab));
        }
        if (allows(Permission.READ_AUDIT_TRAIL)) {
            tab.addActions(List.of(actionButton("Audit trail", "action-audit", () -> showAuditTrail(tab))));
        }
        return tab;
    }

    /** Everything saved on this PC that a service doesn't have yet, and the held writes to put right. */
    public void showPendingWrites() {
        if (backend.outbox().isEmpty()) {
            status.say("This PC has no secure store set up, so nothing is kept to send later (see the README).");
            return;
        }
        new uk.caseview.app.outbox.PendingWritesDialog(root.getScene().getWindow(), theme, backend.outbox().get(), tasks,
                java.time.ZoneId.of("Europe/London")).show();
    }

    /** A team leader's look at who opened and changed this customer's record, and why. */
    private void showAuditTrail(CustomerTab tab) {
        new uk.caseview.app.audit.AuditTrailDialog(root.getScene().getWindow(), theme, tab.nino(),
                tab.citizen().map(c -> c.name().fullName()).orElse(null), backend.apis(), tasks,
                java.time.ZoneId.of("Europe/London")).show();
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
        if (!allows(Permission.RECORD_CONTACT_NOTE)) {
            status.say("Your role does not record contact notes.");
            return;
        }
        CustomerTab tab = customer.get();
        if (tab.isWithheld()) {
            status.say("This record is restricted: give a reason and open it before recording a note.");
            return;
        }
        String name = tab.viewProperty().get().citizen() instanceof SourceState.Loaded<Citizen> c
                ? c.value().name().fullName() : null;
        new uk.caseview.app.customer.ContactNoteDialog(root.getScene().getWindow(), theme, tab.nino(), name,
                backend.outbox().get(), tasks, receipt -> {
                    // Notes show on the timeline, which reads them again when the citizen is fetched again.
                    refetchWhenSent.put(receipt.id(), new Touched(tab.nino(), uk.caseview.sdk.view.Source.CITIZEN));
                    saved(receipt, "Note");
                }).show();
    }

    private List<javafx.scene.control.Button> customerActions(CustomerTab tab) {
        javafx.scene.control.Button note = actionButton("Record note", "action-note", this::recordNote);
        javafx.scene.control.Button contact = actionButton("Update contact details or address", "action-contact",
                () -> tab.citizen().ifPresentOrElse(c -> new uk.caseview.app.customer.ContactDetailsDialog(
                        root.getScene().getWindow(), theme, c, backend.outbox().get(), tasks,
                        java.time.LocalDate.now(clock), writes -> savedToCitizen(tab.nino(), writes)).show(),
                        () -> status.say("Personal details haven't loaded, so there is nothing to update yet.")));
        javafx.scene.control.Button notify = actionButton("Send notification", "action-notify", () -> tab.citizen()
                .ifPresentOrElse(c -> new uk.caseview.app.customer.NotificationDialog(root.getScene().getWindow(), theme,
                        c, backend.apis(), backend.outbox().get(), tasks, java.time.ZoneId.of("Europe/London"),
                        receipt -> {
                            // The note it leaves shows on the timeline, which reads the citizen again.
                            refetchWhenSent.put(receipt.id(), new Touched(tab.nino(), uk.caseview.sdk.view.Source.CITIZEN));
                            saved(receipt, "Notification");
                        }).show(),
                        () -> status.say("Personal details haven't loaded, so the preferred language isn't known yet.")));
        // The client hides what the role may not do; the server refuses it (403) regardless.
        List<javafx.scene.control.Button> allowed = new java.util.ArrayList<>();
        if (allows(Permission.RECORD_CONTACT_NOTE)) {
            allowed.add(note);
        }
        if (allows(Permission.UPDATE_CONTACT_DETAILS)) {
            allowed.add(contact);
        }
        if (allows(Permission.SEND_NOTIFICATION)) {
            allowed.add(notify);
        }
        return allowed;
    }

    private static javafx.scene.control.Button actionButton(String text, String id, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Notes, contact details and notifications all go to the citizen service. */
    private void saved(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what) {
        saved(receipt, what, uk.caseview.sdk.view.Source.CITIZEN);
    }

    /**
     * Changes to the citizen's record (contact details, a new address), saved together: one
     * message for all of them, and once each is accepted the customer's record is fetched again,
     * so the header and Personal panel show it without a refresh.
     */
    private void savedToCitizen(Nino nino, List<uk.caseview.app.customer.ContactDetailsDialog.Saved> writes) {
        if (writes.size() == 1) {
            refetchWhenSent.put(writes.getFirst().receipt().id(), new Touched(nino, uk.caseview.sdk.view.Source.CITIZEN));
            saved(writes.getFirst().receipt(), writes.getFirst().what());
            return;
        }
        StringBuilder what = new StringBuilder(writes.getFirst().what());
        for (int i = 1; i < writes.size(); i++) {
            String next = writes.get(i).what();
            what.append(i == writes.size() - 1 ? " and " : ", ")
                    .append(Character.toLowerCase(next.charAt(0))).append(next.substring(1));
        }
        status.say(connection.snapshot().of(uk.caseview.sdk.view.Source.CITIZEN).down()
                ? what + " saved on this PC. The service isn't taking them yet; they will be sent when the service is back."
                : what + " saved on this PC. Sending them now.");
        for (uk.caseview.app.customer.ContactDetailsDialog.Saved w : writes) {
            refetchWhenSent.put(w.receipt().id(), new Touched(nino, uk.caseview.sdk.view.Source.CITIZEN));
            track(w.receipt(), w.what());
        }
    }

    /** The citizen service accepted a change: the open screen (or the SDK's copy, for a closed one) is fetched again. */
    private void citizenChanged(Nino nino) {
        CustomerTab open = customers.get(nino);
        if (open != null) {
            open.refetch(uk.caseview.sdk.view.Source.CITIZEN);
        } else {
            backend.customerViews().reload(nino, uk.caseview.sdk.view.Source.CITIZEN, (view, source) -> { });
        }
    }

    /** A write queued for {@code service}: say whether it is going now or waiting for the service. */
    private void saved(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what, uk.caseview.sdk.view.Source service) {
        status.say(connection.snapshot().of(service).down() ? heldBack(what) : what + " saved on this PC. Sending it now.");
        track(receipt, what);
    }

    /** A customer's write, followed as {@link #track}; once sent, {@code touched} is fetched again for them. */
    private void trackFor(Nino nino, uk.caseview.sdk.outbox.OutboxReceipt receipt, String what,
            uk.caseview.sdk.view.Source touched) {
        if (touched != null) {
            refetchWhenSent.put(receipt.id(), new Touched(nino, touched));
        }
        track(receipt, what);
    }

    /** Follows a write to tell the caseworker how it went; on the FX thread. */
    private void track(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what) {
        awaited.put(receipt.id(), what);
        uk.caseview.sdk.outbox.OutboxEvent early = unclaimed.remove(receipt.id());
        if (early != null) {
            tell(early, what);
        }
    }

    private static String heldBack(String what) {
        return what + " saved on this PC. The service isn't taking it yet; it will be sent when the service is back.";
    }

    private void showConnection(ConnectionMonitor.Snapshot found) {
        status.connection(found);
        banner.show(found.state());
        if (found.state() == ConnectionState.SIGN_IN_REQUIRED) {
            // The services refuse a token this session still thinks good (revoked, or a restarted
            // server): end the session, which brings up sign-in over this window's open work.
            backend.signIn().ifPresent(s -> tasks.run(() -> {
                s.session().rejectedByServer();
                return null;
            }, done -> {}, error -> {}));
        }
    }

    private void watchOutbox(uk.caseview.sdk.outbox.Outbox outbox) {
        outbox.addListener(event -> {
            // A write that went through, or one held back, is news about the connection: check it.
            boolean heldBack = event.entry().status() == uk.caseview.sdk.outbox.OutboxStatus.QUEUED
                    && event.entry().attempts() > 0;
            if (heldBack || connection.snapshot().state() != ConnectionState.CONNECTED) {
                connection.recheckSoon();
            }
            tasks.onFxThread(() -> {
                if (event.entry().status() == uk.caseview.sdk.outbox.OutboxStatus.SENT) {
                    for (CustomerTab tab : customers.values()) {
                        if (tab.sent(event.entry())) {
                            break;
                        }
                    }
                }
                outboxChanged(event);
                showUnsentChanges();
            });
        });
        tasks.run(outbox::pendingCount, status::pending, error -> status.say("Can't read the outbox just now."));
    }

    private void outboxChanged(uk.caseview.sdk.outbox.OutboxEvent event) {
        status.pending(event.pending());
        String what = awaited.get(event.entry().id());
        if (what == null) {
            unclaimed.put(event.entry().id(), event);
            return;
        }
        tell(event, what);
    }

    private void tell(uk.caseview.sdk.outbox.OutboxEvent event, String what) {
        switch (event.entry().status()) {
            case SENT -> {
                awaited.remove(event.entry().id());
                toldHeldBack.remove(event.entry().id());
                status.say(what + " sent.");
                Touched touched = refetchWhenSent.remove(event.entry().id());
                if (touched != null && touched.source() == uk.caseview.sdk.view.Source.CITIZEN) {
                    citizenChanged(touched.nino());
                } else if (touched != null) {
                    customer(touched.nino()).ifPresent(tab -> tab.refetch(touched.source()));
                }
            }
            // Tried and held back for a retry: the promise "sending it now" no longer holds, so say so, once.
            case QUEUED -> {
                if (event.entry().attempts() > 0 && toldHeldBack.add(event.entry().id())) {
                    status.say(heldBack(what));
                }
            }
            // Final for the outbox: told once, then forgotten, so a long session does not collect them.
            case NEEDS_ATTENTION, CONFLICT -> {
                awaited.remove(event.entry().id());
                toldHeldBack.remove(event.entry().id());
                refetchWhenSent.remove(event.entry().id());
                status.say(what + " needs attention: " + event.entry().message()
                        + " Put it right in Pending and held writes (Ctrl+Shift+P, or click the count).");
            }
            default -> { }
        }
    }

    public void openTrace() {
        new TraceDialog(root.getScene().getWindow(), theme, backend.apis(), tasks, this::openCustomer).show();
    }

    public void dispose() {
        ageTicker.shutdownNow();
        connection.close();
        customers.values().forEach(CustomerTab::dispose);
        parked.disposeAll();
        openWorkspaces.forEach(Workspace::dispose);
    }

    private PanelContext panelContext(Nino nino, java.util.function.Consumer<uk.caseview.sdk.view.Source> retry) {
        CaseviewApis apis = backend.apis();
        return new ShellPanelContext(nino, apis, tasks, retry, clock, this::hasWorkspace, this::openWorkspace,
                backend.outbox(), status::say, this::trackFor, this::allows, reasons);
    }

    /**
     * A fresh answer proves its API answers. A panel that couldn't load, or shows a saved copy
     * because a fresh one failed, may be a 404 for this customer or a service gone away: the
     * reason text can't tell, so ask the monitor to check rather than guess.
     */
    private void loaded(CustomerView view) {
        boolean somethingFailed = false;
        for (Map.Entry<uk.caseview.sdk.view.Source, SourceState<?>> e : view.states().entrySet()) {
            if (e.getValue() instanceof SourceState.Loaded<?> l && !l.fromCache()) {
                connection.answered(e.getKey());
            } else if (e.getValue() instanceof SourceState.Unavailable<?>
                    || e.getValue() instanceof SourceState.Loaded<?> l && l.stale()) {
                somethingFailed = true;
            }
        }
        if (somethingFailed) {
            connection.recheckSoon();
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
            public boolean allows(Permission permission) {
                return MainWindow.this.allows(permission);
            }

            @Override
            public void saved(uk.caseview.sdk.outbox.OutboxReceipt receipt, String what) {
                // The workspace's writes (repayment plans) go to the debt service.
                MainWindow.this.saved(receipt, what, uk.caseview.sdk.view.Source.DEBT);
            }
        });
        openWorkspaces.add(workspace);
        deck.setPage(tab, workspace.node());
    }

    private Optional<CustomerTab> selectedCustomer() {
        return customerOf(tabs.getSelectionModel().getSelectedItem());
    }

    private Optional<CustomerTab> customerOf(Tab tab) {
        return tab == null ? Optional.empty() : customers.values().stream().filter(c -> c.tab() == tab).findFirst();
    }

    private MenuBar menuBar() {
        Menu customer = new Menu("_Customer");
        customer.getItems().addAll(
                item("Find by NINO", Shortcut.SEARCH, search::focusSearch),
                item("Trace…", Shortcut.TRACE, this::openTrace),
                item("Record contact note…", Shortcut.NEW_NOTE, this::recordNote),
                item("Next flag", Shortcut.NEXT_FLAG, () -> selectedCustomer().ifPresent(CustomerTab::nextFlag)),
                item("Refresh", Shortcut.REFRESH, () -> selectedCustomer().ifPresent(CustomerTab::load)),
                item("Close tab", Shortcut.CLOSE_TAB, this::closeSelectedTab),
                item("Pending and held writes…", Shortcut.PENDING_WRITES, this::showPendingWrites));
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
        if (backend.mode() == Mode.TRAINING) {
            bar.getMenus().add(2, trainingMenu());
        }
        bar.getStyleClass().add("cv-menu-bar");
        return bar;
    }

    /** TRAINING only: the trainer's controls (the training server refuses anyone else). */
    private Menu trainingMenu() {
        MenuItem controls = new MenuItem("Classroom controls…");
        controls.setId("menu-classroom");
        controls.setOnAction(e -> showClassroomControls());
        Menu training = new Menu("_Training");
        training.setId("menu-training");
        training.getItems().add(controls);
        // Who is signed in can change (sign out, sign in as the trainer): asked each time the menu opens.
        training.setOnShowing(e -> controls.setDisable(!allows(Permission.RUN_CLASSROOM)));
        return training;
    }

    public void showClassroomControls() {
        if (backend.mode() != Mode.TRAINING || !allows(Permission.RUN_CLASSROOM)) {
            status.say("Classroom controls are for the trainer: sign in as the trainer to use them.");
            return;
        }
        new uk.caseview.app.training.ClassroomDialog(root.getScene().getWindow(), theme,
                new uk.caseview.app.training.ClassroomControls(backend.address(), backend.tokens(),
                        backend.trainingSession()), tasks, this::practiceDataReset).show();
    }

    /** Practice data is back as seeded: nothing held on this PC about a customer is current, so read them again. */
    private void practiceDataReset() {
        tasks.run(() -> {
            backend.sdk().clearCache();
            return null;
        }, done -> {
            parked.disposeAll();
            customers.values().forEach(CustomerTab::load);
        }, error -> status.say("Open customers couldn't be read again; press F5 on each."));
    }

    private static MenuItem item(String text, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(shortcut.keys());
        item.setOnAction(e -> action.run());
        item.setId("menu-" + shortcut.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return item;
    }

    /** What Ctrl+W does: the chosen customer's tab closes (and is kept a while to come back to). */
    public void closeSelectedTab() {
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
        // The pages sit under the tab strip, not inside the TabPane, so its own Ctrl+Tab only works
        // while the strip has focus. A filter makes it work from anywhere, and handles it before
        // the strip can, so one press never moves two tabs.
        root.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.NEXT_TAB.keys().match(e)) {
                stepTab(1);
                e.consume();
            } else if (Shortcut.PREVIOUS_TAB.keys().match(e)) {
                stepTab(-1);
                e.consume();
            }
        });
    }

    private void stepTab(int by) {
        int count = tabs.getTabs().size();
        if (count > 1) {
            int at = tabs.getSelectionModel().getSelectedIndex();
            tabs.getSelectionModel().select(Math.floorMod(at + by, count));
        }
    }
}
