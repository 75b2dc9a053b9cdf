package uk.caseview.bench.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.WritableImage;
import uk.caseview.ui.panel.CustomerPanel;

/**
 * Printed once per trial, before JMH measures: where one re-open's time goes, panel by panel,
 * whether one CSS and layout pass leaves the screen settled, and whether each table is
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
            List<String> dirty = new ArrayList<>();
            stillDirty(screen.root(), dirty);
            System.out.println("  after one css+layout pass the screen " + (dirty.isEmpty() ? "is settled"
                    : "still needs layout (a second pulse has work) in: " + String.join("; ", dirty)));
            int passes = 1;
            while (!dirty.isEmpty() && passes < 20) {
                screen.root().applyCss();
                screen.root().layout();
                passes++;
                dirty.clear();
                stillDirty(screen.root(), dirty);
            }
            System.out.println("  " + (dirty.isEmpty() ? "settled after " + passes + " css+layout passes"
                    : "NOT settled after " + passes + " css+layout passes (a layout loop): " + String.join("; ", dirty)));
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

    /** Collects the deepest parents still asking for layout, named by their chain of ids and classes. */
    private static boolean stillDirty(Parent parent, List<String> found) {
        boolean below = false;
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p && stillDirty(p, found)) {
                below = true;
            }
        }
        if (parent.isNeedsLayout() && !below && found.size() < 5) {
            found.add(name(parent));
        }
        return below || parent.isNeedsLayout();
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
