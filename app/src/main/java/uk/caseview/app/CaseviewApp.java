package uk.caseview.app;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.caseview.app.backend.Backend;
import uk.caseview.app.config.AppConfig;
import uk.caseview.app.config.Mode;
import uk.caseview.app.shell.MainWindow;
import uk.caseview.app.shell.PanelCatalogue;
import uk.caseview.app.shell.SplashView;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;

/**
 * Caseview's JavaFX application. The window appears at once with a splash; the backend (the
 * SDK, and in training mode the embedded stub server) starts on a background thread, and the
 * main window replaces the splash when it is ready.
 */
public class CaseviewApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CaseviewApp.class);

    private final Supplier<Backend> backendFactory;
    private final Theme theme = new Theme(
            java.util.Objects.requireNonNull(CaseviewApp.class.getResource("shell.css")).toExternalForm());
    private final BackgroundTasks tasks = BackgroundTasks.onVirtualThreads();
    private final CompletableFuture<MainWindow> ready = new CompletableFuture<>();
    private volatile Backend backend;
    private MainWindow window;

    public CaseviewApp() {
        this(() -> Backend.start(AppConfig.fromSystem()));
    }

    /** For tests and tools that bring their own backend (a stub with faults, a counting SDK). */
    public CaseviewApp(Supplier<Backend> backendFactory) {
        this.backendFactory = backendFactory;
    }

    @Override
    public void start(Stage stage) {
        SplashView splash = new SplashView("Starting…", Platform::exit);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(splash, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        theme.applyTo(scene);
        stage.setTitle("Caseview");
        stage.setScene(scene);
        stage.show();

        tasks.run(backendFactory::get, started -> {
            backend = started;
            try {
                window = new MainWindow(started, theme, tasks, Clock.systemDefaultZone(), PanelCatalogue.discover());
            } catch (RuntimeException | LinkageError e) {
                failed(splash, e);
                return;
            }
            scene.setRoot(window.root());
            stage.setTitle(started.mode() == Mode.TRAINING ? "Caseview (TRAINING)" : "Caseview");
            window.search().focusSearch();
            ready.complete(window);
        }, error -> failed(splash, error));
    }

    private void failed(SplashView splash, Throwable error) {
        LOG.error("Caseview could not start", error);
        splash.failed(reason(error));
        ready.completeExceptionally(error);
    }

    /** Completes on the FX thread once the main window is showing. */
    public CompletableFuture<MainWindow> ready() {
        return ready;
    }

    /** Writes not yet delivered; 0 without an outbox. Blocking (reads the store): not for the FX thread. */
    public int backendOutboxPending() {
        Backend b = backend;
        return b == null ? 0 : b.outbox().map(uk.caseview.sdk.outbox.Outbox::pendingCount).orElse(0);
    }

    public Theme theme() {
        return theme;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        Backend b = backend;
        if (b != null) {
            b.close();
        }
    }

    private static String reason(Throwable error) {
        if (error instanceof IllegalArgumentException) {
            return "Caseview's settings need attention: " + error.getMessage();
        }
        return "Caseview could not start its connection to the services. Check the settings in the README, or "
                + "start without any to use the built-in training server.";
    }
}
