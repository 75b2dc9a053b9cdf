package uk.caseview.bench.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.shell.TabDeck;
import uk.caseview.ui.theme.Theme;

/**
 * Re-opening a customer whose view is in hand: the five panels are created by their providers
 * (a re-opened tab gets new panels), shown the fully loaded view, and given one frame's CSS and
 * layout in a 1440x900 scene with Caseview's stylesheet. {@code ...AndPaint} also renders the
 * scene to an image with the software pipeline (Scene.snapshot), the headless stand-in for the
 * pulse's paint. Targets: ZX000001A ≤ 16 ms, ZX000002A (520 RTI periods, 200 debts, 1,000
 * evidence items) ≤ 100 ms.
 *
 * <p>JMH's figure is the round trip from the benchmark thread through Platform.runLater and back
 * (compare {@link #fxRoundTrip}); the time measured on the FX thread is printed at the end of
 * each trial as "on the FX thread".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {
    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true"})
public class PanelRenderBenchmark {

    static final int WIDTH = 1440;
    static final int HEIGHT = 900;

    @Param({"ZX000001A", "ZX000002A"})
    public String persona;

    private LoadedCustomer customer;
    private Scene scene;
    private WritableImage image;
    private CustomerScreen screen;
    private boolean showNext;
    private final FxTimes onFxThread = new FxTimes();
    /** The shell's tabs (strip and pages) and one real customer tab, loaded once, closed and re-opened by {@link #reopenRecentCustomer}. */
    private TabDeck tabs;
    private CustomerTab recent;

    @Setup(Level.Trial)
    public void start() throws Exception {
        FxThread.start();
        customer = new LoadedCustomer(persona);
        FxThread.run(() -> {
            scene = new Scene(new StackPane(), WIDTH, HEIGHT);
            new Theme().applyTo(scene);
            // The shell's own stylesheet too, as the app's scene has it (CustomerTab's layout classes).
            scene.getStylesheets().add(java.util.Objects.requireNonNull(
                    PanelRenderBenchmark.class.getResource("/uk/caseview/app/shell.css")).toExternalForm());
            image = new WritableImage(WIDTH, HEIGHT);
        });
        System.out.println();
        System.out.println("Persona " + persona + ": " + customer.sizes());
        if (Boolean.parseBoolean(System.getProperty("caseview.bench.report", "true"))) {
            RenderReport.print(customer, scene);
        }
    }

    /**
     * The shell's way: the customer's tab was closed a moment ago and kept (parked); opening the
     * customer again puts that tab back, shows what it held marked as a cached copy, and asks the
     * SDK again. Timed: putting the tab back, {@link CustomerTab#reopen()}, CSS and layout. The
     * SDK's answers arrive later as separate FX-thread turns; with equal data they only update
     * the badges, which {@link #refreshOpenCustomer} measures.
     */
    @Benchmark
    public void reopenRecentCustomer() {
        FxThread.run(() -> {
            if (recent == null) {
                startShellTabs();
            }
            // Closing the tab, and the frame after it, are not part of opening it again.
            tabs.strip().getTabs().remove(recent.tab());
            recent.park();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            long start = System.nanoTime();
            long cpuStart = FxTimes.cpuNow();
            tabs.add(recent.tab(), recent.content());
            tabs.select(recent.tab());
            recent.reopen();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            onFxThread.add(System.nanoTime() - start, FxTimes.cpuNow() - cpuStart);
        });
    }

    /**
     * Going back to a customer whose tab is still open, from another tab (the Start page here):
     * the tab's content is still in the scene, hidden, so selecting it needs no new CSS. Timed:
     * the selection, CSS and layout.
     */
    @Benchmark
    public void switchBackToOpenCustomer() {
        FxThread.run(() -> {
            if (recent == null) {
                startShellTabs();
            }
            tabs.strip().getSelectionModel().select(0); // leaving the customer is not part of coming back
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            long start = System.nanoTime();
            long cpuStart = FxTimes.cpuNow();
            tabs.select(recent.tab());
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            onFxThread.add(System.nanoTime() - start, FxTimes.cpuNow() - cpuStart);
        });
    }

    /** A 1440x900 scene holding the shell's tab strip and the customer's real tab, fully loaded. */
    private void startShellTabs() {
        if (screen != null) {
            screen.dispose();
            screen = null;
        }
        tabs = new TabDeck();
        tabs.add(new Tab("Start"), new StackPane());
        scene.setRoot(tabs.node());
        recent = new CustomerTab(customer.nino(), customer.views(), customer.providers, retry -> customer.context,
                view -> { });
        tabs.add(recent.tab(), recent.content());
        tabs.select(recent.tab());
        recent.load();
    }

    /** The shell's tabs for {@link #openNewCustomer}, and the customer its last invocation opened. */
    private TabDeck newTabs;
    private CustomerTab opened;

    /**
     * A customer not opened before, with the data in hand, the shell's way: its real
     * {@code CustomerTab} is built (header, flags, every panel its providers make), put under its
     * tab in the shell's {@code TabDeck} and chosen, and loaded from a service that answers at
     * once with the persona's record ({@link HeldViewService}); then CSS and layout. Closing the
     * previous customer, and the frame after it, are not timed.
     */
    @Benchmark
    public void openNewCustomer() {
        FxThread.run(() -> openNew(false));
    }

    /**
     * As {@link #openNewCustomer}, then the panels that start below the fold (the timeline, under
     * the grid at 1440 px) brought on screen as Ctrl+6 does, and a second CSS and layout: the
     * whole cost of the screen, both frames timed together. In the app the second one happens by
     * itself a moment after the customer has loaded (see {@code DeferredSlot}).
     */
    @Benchmark
    public void openNewCustomerAndBelowTheFold() {
        FxThread.run(() -> openNew(true));
    }

    private void openNew(boolean belowTheFold) {
        if (newTabs == null) {
            newTabs = new TabDeck();
            newTabs.add(new Tab("Start"), new StackPane());
            scene.setRoot(newTabs.node());
        }
        if (opened != null) {
            newTabs.strip().getTabs().remove(opened.tab());
            opened.dispose();
            newTabs.discard(opened.tab());
            opened = null;
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        long start = System.nanoTime();
        long cpuStart = FxTimes.cpuNow();
        CustomerTab tab = new CustomerTab(customer.nino(), customer.held, customer.providers,
                retry -> customer.inlineContext, view -> { });
        newTabs.add(tab.tab(), tab.content());
        newTabs.select(tab.tab());
        tab.load();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        if (belowTheFold) {
            tab.focusPanel(customer.providers.size());
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        onFxThread.add(System.nanoTime() - start, FxTimes.cpuNow() - cpuStart);
        opened = tab;
    }

    @TearDown(Level.Iteration)
    public void keepOnlyMeasured(IterationParams iteration) {
        if (iteration.getType() != IterationType.MEASUREMENT) {
            onFxThread.clear();
        }
    }

    @TearDown(Level.Trial)
    public void stop(BenchmarkParams params) {
        System.out.println();
        System.out.println(params.getBenchmark().replaceAll(".*\\.", "") + " " + persona + ", on the FX thread: "
                + onFxThread.summary());
        onFxThread.clear();
        FxThread.run(() -> {
            if (screen != null) {
                screen.dispose();
                screen = null;
            }
            if (recent != null) {
                recent.dispose();
                recent = null;
            }
            if (opened != null) {
                opened.dispose();
                opened = null;
            }
            newTabs = null;
            tabs = null;
            scene.setRoot(new StackPane());
        });
        customer.close();
    }

    /** Create the five panels, show the view, CSS and layout: one frame's work minus the paint. */
    @Benchmark
    public void reopenCustomer() {
        FxThread.run(() -> reopen(false));
    }

    /** As {@link #reopenCustomer}, then render the whole scene to pixels with the software pipeline. */
    @Benchmark
    public void reopenCustomerAndPaint() {
        FxThread.run(() -> reopen(true));
    }

    /**
     * Not a re-open: the panels of a tab already on screen are shown the same customer fetched
     * again (equal data, new objects, so every panel re-renders), then CSS and layout. What a
     * re-open would cost if the shell kept recently closed tabs' panels instead of building new ones.
     */
    @Benchmark
    public void refreshOpenCustomer() {
        FxThread.run(() -> {
            if (recent != null) {
                recent.dispose();
                recent = null;
            }
            if (screen == null) {
                screen = new CustomerScreen(customer.providers, customer.context);
                scene.setRoot(screen.root());
            }
            showNext = !showNext;
            long start = System.nanoTime();
            long cpuStart = FxTimes.cpuNow();
            screen.show(showNext ? customer.sameCustomerAgain : customer.view);
            screen.root().applyCss();
            screen.root().layout();
            onFxThread.add(System.nanoTime() - start, FxTimes.cpuNow() - cpuStart);
        });
    }

    /** An empty hop to the FX thread and back: the overhead inside the other two figures. */
    @Benchmark
    public void fxRoundTrip() {
        FxThread.run(() -> { });
    }

    private void reopen(boolean paint) {
        if (recent != null) {
            recent.dispose();
            recent = null;
        }
        if (screen != null) {
            screen.dispose(); // closing the previous tab is not part of opening this one
        }
        long start = System.nanoTime();
        long cpuStart = FxTimes.cpuNow();
        screen = new CustomerScreen(customer.providers, customer.context);
        scene.setRoot(screen.root());
        screen.show(customer.view);
        screen.root().applyCss();
        screen.root().layout();
        if (paint) {
            scene.snapshot(image);
        }
        onFxThread.add(System.nanoTime() - start, FxTimes.cpuNow() - cpuStart);
    }
}
