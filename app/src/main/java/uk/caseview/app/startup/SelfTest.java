package uk.caseview.app.startup;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import uk.caseview.app.CaseviewApp;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.shell.MainWindow;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.view.CustomerView;

/**
 * {@code Caseview --self-test[=N]}: the installed app proves it works and says how fast, then exits.
 *
 * <p>It starts as a caseworker would, presses "Sign in as trainee" the moment the sign-in screen
 * takes a click, waits for the search field, then opens N different customers one after another
 * (the persona Alys Pritchard first, then generated citizens), each until all five sources have
 * answered, closing each tab as a caseworker does when done. One line per milestone goes to
 * standard output, in milliseconds since the process started:
 *
 * <pre>
 * caseview-self-test sign-in-ready 812
 * caseview-self-test search-ready 1630
 * caseview-self-test customers 1000 loaded 1000 rss-mib 281 peak-rss-mib 295 heap-used-mib 96 heap-live-mib 60
 * caseview-self-test passed
 * </pre>
 *
 * <p>The exit code is 0 only if every step happened within its time. Used by the package build
 * (the AOT cache's training run and the headless smoke test) and by the start-up and memory
 * benchmark (benchmarks/startup). TRAINING only: a LIVE sign-in needs a person at a browser, so in
 * LIVE it stops at "sign-in-ready". It prints counts and timings, never a customer's details.
 */
public final class SelfTest {

    /** Marks every line, so a script can pick them out of the app's log. */
    public static final String PREFIX = "caseview-self-test";
    private static final Duration TO_SEARCH = Duration.ofMinutes(2);
    private static final Duration PER_CUSTOMER = Duration.ofSeconds(20);
    private static volatile int exitCode = 1;

    private final int customers;
    private final PrintStream out;
    private final Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private final AtomicInteger loaded = new AtomicInteger();
    private CaseviewApp app;
    private Scene scene;
    private boolean signInSeen;
    private boolean searchSeen;
    private Runnable pulse;

    SelfTest(int customers, PrintStream out) {
        if (customers < 0) {
            throw new IllegalArgumentException("--self-test=N needs N of 0 or more, was " + customers);
        }
        this.customers = customers;
        this.out = out;
    }

    /** {@code --self-test} (one customer) or {@code --self-test=N}; empty when neither was given. */
    public static Optional<SelfTest> fromArguments(List<String> arguments) {
        for (String a : arguments == null ? List.<String>of() : arguments) {
            if (a.equals("--self-test")) {
                return Optional.of(new SelfTest(1, System.out));
            }
            if (a.startsWith("--self-test=")) {
                return Optional.of(new SelfTest(Integer.parseInt(a.substring("--self-test=".length())), System.out));
            }
        }
        return Optional.empty();
    }

    /** 0 once a self-test has passed; what {@code main} exits with after a self-test. */
    public static int exitCode() {
        return exitCode;
    }

    /** Called once the stage shows; FX thread. Everything after is driven by pulses and answers. */
    public void watch(CaseviewApp app, Stage stage) {
        this.app = app;
        this.scene = stage.getScene();
        Thread.ofPlatform().daemon(true).name("self-test-deadline").start(this::deadline);
        pulse = this::afterLayout;
        scene.addPostLayoutPulseListener(pulse);
        Platform.requestNextPulse();
    }

    /** Each frame, after layout: has the next milestone been reached on screen? */
    private void afterLayout() {
        if (!signInSeen) {
            Node trainee = scene.getRoot().lookup("#sign-in-trainee");
            Node browser = scene.getRoot().lookup("#sign-in-browser");
            if (trainee instanceof Button b && !b.isDisabled() && scene.getWindow().isShowing()) {
                signInSeen = true;
                milestone("sign-in-ready");
                Platform.runLater(b::fire);
            } else if (browser != null) {
                milestone("sign-in-ready");
                finish("LIVE: stopped at the sign-in screen (a LIVE sign-in needs a person at a browser)", true);
            }
            return;
        }
        Optional<MainWindow> window = app.currentWindow();
        if (!searchSeen && window.isPresent() && scene.getRoot() == window.get().root()
                && window.get().search().field().isFocused()) {
            searchSeen = true;
            milestone("search-ready");
            scene.removePostLayoutPulseListener(pulse);
            Platform.runLater(() -> openNext(window.get(), 0));
        }
    }

    private void openNext(MainWindow window, int index) {
        if (index >= customers) {
            report();
            return;
        }
        Nino nino = index == 0 ? Nino.parse("ZX000001A")
                : Nino.parse(uk.caseview.app.backend.Backend.trainingNino(index * 997));
        window.openCustomer(nino);
        CustomerTab tab = window.customer(nino).orElseThrow();
        ChangeListener<CustomerView> done = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends CustomerView> o, CustomerView was,
                    CustomerView now) {
                if (now.isComplete()) {
                    o.removeListener(this);
                    loaded.incrementAndGet();
                    if (index == 0) {
                        milestone("first-customer-shown");
                    }
                    // The next customer after this frame, as a caseworker closes one and types the next.
                    Platform.runLater(() -> {
                        window.closeSelectedTab();
                        openNext(window, index + 1);
                    });
                }
            }
        };
        tab.viewProperty().addListener(done);
        done.changed(tab.viewProperty(), null, tab.viewProperty().get());
    }

    /** Reads the process's memory off the FX thread (it is a file read), then ends. */
    private void report() {
        Thread.ofVirtual().start(() -> {
            Memory m = Memory.now();
            // After the resident set is read, so the collection cannot shrink the figure reported:
            // what the app still holds, as against garbage not yet collected.
            System.gc();
            Runtime r = Runtime.getRuntime();
            long live = (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
            out.printf("%s customers %d loaded %d rss-mib %d peak-rss-mib %d heap-used-mib %d heap-live-mib %d%n",
                    PREFIX, customers, loaded.get(), m.rssMib(), m.peakRssMib(), m.heapUsedMib(), live);
            Platform.runLater(() -> finish("passed", true));
        });
    }

    private void milestone(String what) {
        out.printf("%s %s %d%n", PREFIX, what, Duration.between(processStart, Instant.now()).toMillis());
    }

    private void finish(String how, boolean passed) {
        out.printf("%s %s%n", PREFIX, how);
        out.flush();
        exitCode = passed ? 0 : 1;
        Platform.exit();
    }

    /** A self-test that hangs fails: it must never keep a build or a CI run waiting. */
    private void deadline() {
        try {
            Thread.sleep(TO_SEARCH.plus(PER_CUSTOMER.multipliedBy(customers)));
        } catch (InterruptedException e) {
            return;
        }
        out.printf("%s failed: timed out (sign-in seen %s, search seen %s, customers loaded %d of %d)%n", PREFIX,
                signInSeen, searchSeen, loaded.get(), customers);
        out.flush();
        Runtime.getRuntime().halt(2);
    }

    /** The process's resident set from /proc (Linux); -1 where there is none. */
    record Memory(long rssMib, long peakRssMib, long heapUsedMib) {
        static Memory now() {
            long rss = -1;
            long peak = -1;
            try {
                for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = kib(line) / 1024;
                    } else if (line.startsWith("VmHWM:")) {
                        peak = kib(line) / 1024;
                    }
                }
            } catch (java.io.IOException | RuntimeException notLinux) {
                // figures stay -1
            }
            Runtime r = Runtime.getRuntime();
            return new Memory(rss, peak, (r.totalMemory() - r.freeMemory()) / (1024 * 1024));
        }

        private static long kib(String line) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
    }
}
