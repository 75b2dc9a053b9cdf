package uk.caseview.bench.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import uk.caseview.ui.fx.LayoutPass;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.WritableImage;
import uk.caseview.ui.panel.CustomerPanel;

/**
 * Printed once per trial, before JMH measures: where one re-open's time goes, panel by panel,
 * whether one CSS and layout pass leaves the screen settled (see {@link #settling}), and whether each table is
 * virtualised (row nodes near the visible count, not the item count), including while the
 * evidence table is scrolled from top to bottom. A report, not a test: nothing here passes or
 * fails.
 */
final class RenderReport {

    private static final int WARM_UP = Integer.getInteger("caseview.bench.report.warmup", 10);
    private static final int SAMPLES = Integer.getInteger("caseview.bench.report.samples", 10);

    private RenderReport() {}

    static void print(LoadedCustomer customer, Scene scene) {
        FxThread.run(() -> {
            for (int i = 0; i < WARM_UP; i++) {
                breakdown(customer, scene, null);
            }
            long[] totals = new long[customer.providers.size() * 3 + 4];
            for (int i = 0; i < SAMPLES; i++) {
                breakdown(customer, scene, totals);
            }
            int n = customer.providers.size();
            System.out.println("Where one re-open goes (FX thread CPU time, mean of " + SAMPLES + " after " + WARM_UP + " warm-up, ms):");
            System.out.printf(Locale.ROOT, "  %-16s %8s %8s %8s%n", "panel", "create", "show", "css");
            for (int p = 0; p < n; p++) {
                System.out.printf(Locale.ROOT, "  %-16s %8.2f %8.2f %8.2f%n", customer.providers.get(p).id(),
                        ms(totals[p * 3], SAMPLES), ms(totals[p * 3 + 1], SAMPLES), ms(totals[p * 3 + 2], SAMPLES));
            }
            System.out.printf(Locale.ROOT, "  shell css %.2f, layout %.2f, second css+layout %.2f, paint (snapshot) %.2f%n",
                    ms(totals[n * 3], SAMPLES), ms(totals[n * 3 + 1], SAMPLES), ms(totals[n * 3 + 2], SAMPLES),
                    ms(totals[n * 3 + 3], SAMPLES));

            CustomerScreen screen = new CustomerScreen(customer.providers, customer.context);
            scene.setRoot(screen.root());
            screen.show(customer.view);
            screen.root().applyCss();
            screen.root().layout();
            settling(screen.root());
            System.out.println("Virtualised tables (row nodes vs items):");
            for (Node n2 : screen.root().lookupAll(".table-view")) {
                TableView<?> table = (TableView<?>) n2;
                System.out.printf(Locale.ROOT, "  %-16s %5d items, %3d TableRow nodes, %3d rows visible%n",
                        table.getId(), table.getItems().size(), rows(table).size(), visibleRows(table));
            }
            TableView<?> evidence = (TableView<?>) screen.root().lookup("#evidence-table");
            if (evidence != null) {
                scrollSweep(screen.root(), evidence);
            }
            screen.dispose();
            scene.setRoot(new javafx.scene.layout.StackPane());
        });
    }

    /** Scrolls the table top to bottom a wheel notch at a time and counts every row node it ever shows. */
    private static void scrollSweep(Parent root, TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(rows(table));
        int steps = 0;
        int lastIndex = -1;
        double rowHeight = flow.getFirstVisibleCell() == null ? 24 : flow.getFirstVisibleCell().getHeight();
        long start = System.nanoTime();
        long cpuStart = FxTimes.cpuNow();
        while (steps < 10_000) {
            flow.scrollPixels(3 * rowHeight); // a mouse-wheel notch is about three rows
            root.applyCss();
            root.layout();
            steps++;
            seen.addAll(rows(table));
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (last == null || last.getIndex() >= table.getItems().size() - 1 || last.getIndex() == lastIndex) {
                lastIndex = last == null ? -1 : last.getIndex();
                break;
            }
            lastIndex = last.getIndex();
        }
        long took = System.nanoTime() - start;
        long cpu = FxTimes.cpuNow() - cpuStart;
        System.out.printf(Locale.ROOT,
                "  scrolled %s to row %d of %d in %d wheel steps (css+layout of the screen, no paint: %.2f ms wall, "
                        + "%.2f ms CPU a step): %d distinct TableRow nodes ever created%n",
                table.getId(), lastIndex + 1, table.getItems().size(), steps, took / 1e6 / steps, cpu / 1e6 / steps,
                seen.size());
    }

    private static void breakdown(LoadedCustomer customer, Scene scene, long[] totals) {
        int n = customer.providers.size();
        CustomerScreen screen = new CustomerScreen(customer.providers, customer.context);
        scene.setRoot(screen.root());
        for (int p = 0; p < n; p++) {
            CustomerPanel panel = screen.panels().get(p);
            long a = FxTimes.cpuNow();
            panel.show(customer.view);
            long b = FxTimes.cpuNow();
            panel.node().applyCss();
            long c = FxTimes.cpuNow();
            if (totals != null) {
                totals[p * 3 + 1] += b - a;
                totals[p * 3 + 2] += c - b;
            }
        }
        long a = FxTimes.cpuNow();
        screen.root().applyCss();
        long b = FxTimes.cpuNow();
        screen.root().layout();
        long c = FxTimes.cpuNow();
        screen.root().applyCss();
        screen.root().layout();
        long d = FxTimes.cpuNow();
        scene.snapshot(new WritableImage(PanelRenderBenchmark.WIDTH, PanelRenderBenchmark.HEIGHT));
        long e = FxTimes.cpuNow();
        if (totals != null) {
            // create() timed per provider on its own: the screen above builds all five inside its layout.
            for (int p = 0; p < n; p++) {
                long s = FxTimes.cpuNow();
                CustomerPanel extra = customer.providers.get(p).create(customer.context);
                totals[p * 3] += FxTimes.cpuNow() - s;
                extra.dispose();
            }
            totals[n * 3] += b - a;
            totals[n * 3 + 1] += c - b;
            totals[n * 3 + 2] += d - c;
            totals[n * 3 + 3] += e - d;
        }
        screen.dispose();
    }

    private static Set<TableRow<?>> rows(TableView<?> table) {
        Set<TableRow<?>> rows = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> r) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static int visibleRows(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return 0;
        }
        return flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex() + 1;
    }

    /**
     * Whether a further pulse would have layout work, judged by what a further pass actually lays
     * out: a parent the layout pass reaches has its {@code needsLayout} cleared, so a listener on
     * every parent's {@link Parent#needsLayoutProperty()} sees each one laid out. A parent can also
     * keep {@code isNeedsLayout()} with no pass ever reaching it: it asked for layout while its own
     * parent was being laid out, which JavaFX does not pass upwards, so no ancestor is marked and
     * no pulse descends to it. Such flags are reported apart; they cost nothing. (Checked in a shown
     * window too, where the same flags sit on the tables while pulses do no CSS or layout work.)
     *
     * <p>A pass here is {@code applyCss()} then {@code layout()} on the screen. {@code applyCss()}
     * restyles every node below it, changed or not, where a pulse's CSS pass only visits what
     * changed, so a pass's time here is not a pulse's.
     */
    private static void settling(Parent root) {
        Set<Parent> second = LayoutPass.run(root);
        System.out.println("  after one css+layout pass the screen " + (second.isEmpty() ? "is settled"
                : "still needs layout: a second pass lays out " + second.size()
                        + " parents (a second pulse has work), deepest: " + deepest(second)));
        int passes = 1;
        Set<Parent> laidOut = second;
        while (!laidOut.isEmpty() && passes < 20) {
            passes++;
            laidOut = LayoutPass.run(root);
            if (!laidOut.isEmpty() && passes < 5) {
                System.out.println("  pass " + (passes + 1) + " still lays out " + laidOut.size() + " parents, deepest: "
                        + deepest(laidOut));
            }
        }
        System.out.println("  " + (laidOut.isEmpty() ? "settled after " + passes + " css+layout passes (the next lays nothing out)"
                : "NOT settled: pass " + (passes + 1) + " still lays out " + laidOut.size()
                        + " parents (a layout loop): " + deepest(laidOut)));
        List<Parent> unreached = new ArrayList<>();
        unreachedRequests(root, unreached);
        if (laidOut.isEmpty() && !unreached.isEmpty()) {
            System.out.println("  " + unreached.size() + " parents keep a layout request that no pass reaches (made while"
                    + " their parent was being laid out; no pulse has work for them): "
                    + String.join("; ", unreached.stream().limit(5).map(RenderReport::name).toList()));
        }
    }

    /** The laid-out parents with no laid-out parent below them, named, at most five. */
    private static String deepest(Set<Parent> laidOut) {
        Set<Node> above = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Parent p : laidOut) {
            for (Node n = p.getParent(); n != null && above.add(n); n = n.getParent()) {
                // every ancestor of a laid-out parent has one below it
            }
        }
        return String.join("; ", laidOut.stream().filter(p -> !above.contains(p)).limit(5)
                .map(RenderReport::name).toList());
    }

    /** The topmost parents still flagged after the screen settled: none of their ancestors is. */
    private static void unreachedRequests(Parent parent, List<Parent> found) {
        if (parent.isNeedsLayout() && (parent.getParent() == null || !parent.getParent().isNeedsLayout())) {
            found.add(parent);
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                unreachedRequests(p, found);
            }
        }
    }

    private static String name(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null || n == node) {
                path.insert(0, "/" + n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()));
            }
        }
        return path.toString();
    }

    private static double ms(long totalNanos, int samples) {
        return totalNanos / 1e6 / samples;
    }
}
