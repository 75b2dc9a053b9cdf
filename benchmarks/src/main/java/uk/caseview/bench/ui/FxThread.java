package uk.caseview.bench.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * The JavaFX toolkit, started once per JMH fork, and a way to run one piece of work on its
 * thread and wait for it. Headless: the fork's jvmArgs choose Monocle's headless glass and the
 * software pipeline, as the project's UI tests do.
 */
final class FxThread {

    private static boolean started;

    private FxThread() {}

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        // The fork's jvmArgs set these; a -jvmArgsAppend on the command line replaces those, so default them here.
        defaultProperty("glass.platform", "Monocle");
        defaultProperty("monocle.platform", "Headless");
        defaultProperty("prism.order", "sw");
        defaultProperty("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false);
        if (!up.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The JavaFX toolkit did not start in 30 s");
        }
        started = true;
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Runs {@code work} on the FX thread and waits; a failure there is rethrown here. */
    static void run(Runnable work) {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(300, TimeUnit.SECONDS)) { // the report scrolls 1,000 rows on a loaded machine
                throw new IllegalStateException("The FX thread did not finish within 300 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Failed on the FX thread", failure.get());
        }
    }
}
