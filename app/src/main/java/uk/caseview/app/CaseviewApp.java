package uk.caseview.app;

import java.util.Optional;
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
import uk.caseview.app.config.IdleLockSetting;
import uk.caseview.app.config.Mode;
import uk.caseview.app.shell.IdleLock;
import uk.caseview.app.shell.MainWindow;
import uk.caseview.app.shell.PanelCatalogue;
import uk.caseview.app.shell.SplashView;
import uk.caseview.app.signin.SignIn;
import uk.caseview.app.signin.SignInView;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;

/**
 * Caseview's JavaFX application. The window appears at once with a splash; the backend (the
 * SDK, and in training mode the embedded stub server) starts on a background thread, and the
 * main window replaces the splash when it is ready.
 */
public class CaseviewApp extends Application {

    /** Asked for when needed, not when the class loads: logging starts beside the first frame, not before it. */
    private static Logger log() {
        return LoggerFactory.getLogger(CaseviewApp.class);
    }

    /** How long after the main window first shows the training server's indexes start to build. */
    private static final javafx.util.Duration TRAINING_DATA_DELAY = javafx.util.Duration.seconds(2);

    private final Supplier<Backend> backendFactory;
    /** Whether this app reads its own settings (the installed app), rather than being handed a backend. */
    private final boolean fromSettings;
    /** The installed app's settings, read in init(); null until then, or when they could not be read. */
    private volatile AppConfig config;
    /** Known before the backend starts: the first frame is then the sign-in screen (decision 1301). */
    private volatile Mode knownMode;
    private volatile IllegalArgumentException configProblem;
    /** The sign-in behind the screen; the screen can be up before it exists (decision 1301). */
    private final CompletableFuture<SignIn> signInReady = new CompletableFuture<>();
    private boolean trainingScreen = true;
    private Scene rootScene;
    /** {@code --self-test}: starts, signs in the trainee, opens customers, reports and exits. */
    private Optional<uk.caseview.app.startup.SelfTest> selfTest = Optional.empty();
    /** The installed app reads it with its other settings in {@link #init()}; the default until then. */
    private volatile java.time.Duration idleLockAfter;
    private IdleLock idleLock;
    /** Whose customers the open window holds: another member of staff signing in after a lock gets a fresh one. */
    private String windowOwner;
    private final Theme theme = new Theme(
            java.util.Objects.requireNonNull(CaseviewApp.class.getResource("shell.css")).toExternalForm());
    private final BackgroundTasks tasks = BackgroundTasks.onVirtualThreads();
    private final CompletableFuture<MainWindow> ready = new CompletableFuture<>();
    private final uk.caseview.app.settings.SettingsFile settingsFile;
    private volatile uk.caseview.app.settings.DisplaySettings settings =
            uk.caseview.app.settings.DisplaySettings.FIRST_START;
    /** Writes the settings file off the FX thread; not a daemon, so the last write finishes as the app exits. */
    private java.util.concurrent.ScheduledExecutorService settingsWriter;
    private java.util.concurrent.ScheduledFuture<?> pendingSave;
    private volatile Backend backend;
    private MainWindow window;

    /**
     * The installed app: its settings (system properties, environment, user config file) are read in
     * {@link #init()}, off the FX thread, so the first frame can already be the right sign-in screen.
     */
    public CaseviewApp() {
        this(null, IdleLockSetting.DEFAULT, uk.caseview.app.settings.SettingsFile.forThisUser());
    }

    /** For tests and tools that bring their own backend (a stub with faults, a counting SDK). */
    public CaseviewApp(Supplier<Backend> backendFactory) {
        this(backendFactory, IdleLockSetting.DEFAULT);
    }

    /** @param idleLockAfter how long without input before the window locks */
    public CaseviewApp(Supplier<Backend> backendFactory, java.time.Duration idleLockAfter) {
        this(backendFactory, idleLockAfter, null);
    }

    /**
     * Starts as the installed app does, the sign-in screen first with the backend starting behind
     * it, but with the given backend (tests of that order).
     */
    public CaseviewApp(Mode mode, Supplier<Backend> backendFactory, java.time.Duration idleLockAfter) {
        this(backendFactory, idleLockAfter, null);
        this.knownMode = mode;
    }

    /** @param settingsFile where the display settings are kept between runs, or null to keep none */
    public CaseviewApp(Supplier<Backend> backendFactory, java.time.Duration idleLockAfter,
            uk.caseview.app.settings.SettingsFile settingsFile) {
        this.backendFactory = backendFactory == null ? this::startFromSettings : backendFactory;
        this.fromSettings = backendFactory == null;
        this.idleLockAfter = idleLockAfter;
        this.settingsFile = settingsFile;
    }

    /** On the launcher thread, before the window exists: the only time the settings file is read. */
    @Override
    public void init() {
        if (getParameters() != null) {
            selfTest = uk.caseview.app.startup.SelfTest.fromArguments(getParameters().getRaw());
        }
        if (fromSettings) {
            try {
                uk.caseview.app.config.UserConfigFile file = uk.caseview.app.config.UserConfigFile.forThisUser();
                config = AppConfig.fromSystem(file);
                idleLockAfter = IdleLockSetting.from(System::getProperty, System::getenv, file);
                knownMode = config.mode();
            } catch (IllegalArgumentException e) {
                configProblem = e;
            }
        }
        if (settingsFile != null) {
            settings = settingsFile.load();
        }
    }

    private Backend startFromSettings() {
        if (configProblem != null) {
            throw configProblem;
        }
        return Backend.start(config);
    }

    @Override
    public void start(Stage stage) {
        SplashView splash = new SplashView("Starting…", Platform::exit);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        uk.caseview.app.settings.DisplaySettings kept = settings;
        theme.paletteProperty().set(kept.highContrast() ? uk.caseview.ui.theme.Palette.HIGH_CONTRAST
                : uk.caseview.ui.theme.Palette.STANDARD);
        theme.setFontScale(kept.textScale());
        double width = kept.width() > 0 ? kept.width() : 1440;
        double height = kept.height() > 0 ? kept.height() : 900;
        // The installed app knows its mode from its settings: its first frame is the sign-in screen,
        // ready for the click while the backend starts behind it. Otherwise a splash until it has.
        boolean signInFirst = knownMode != null;
        if (signInFirst) {
            trainingScreen = knownMode == Mode.TRAINING;
        }
        Scene scene = new Scene(signInFirst ? signInPage(null) : splash,
                Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
        rootScene = scene;
        theme.applyTo(scene);
        stage.setTitle("Caseview");
        stage.setScene(scene);
        placeOnAScreen(stage, kept);
        stage.setMaximized(kept.maximised());
        stage.show();
        if (settingsFile != null && selfTest.isEmpty()) {
            keepSettings(stage); // a self-test leaves the caseworker's window settings alone
        }

        stage.setTitle("Caseview");
        selfTest.ifPresent(t -> t.watch(this, stage));
        tasks.run(backendFactory::get, started -> {
            backend = started;
            stage.setTitle(started.mode() == Mode.TRAINING ? "Caseview (TRAINING)" : "Caseview");
            Optional<SignIn> signIn = started.signIn();
            // A session that ends by itself (expiry, a refused renewal) asks for sign-in over the open work.
            signIn.ifPresent(s -> s.session().onEnded(reason -> Platform.runLater(() -> askToSignIn(scene, reason))));
            signIn.ifPresent(s -> trainingScreen = s.training());
            signIn.ifPresent(signInReady::complete);
            if (signIn.isEmpty() || signIn.get().session().user().isPresent()) {
                showMain(scene, splash);
            } else if (!signInFirst) {
                askToSignIn(scene, null);
            }
        }, error -> {
            signInReady.completeExceptionally(error);
            scene.setRoot(splash);
            failed(splash, error);
        });
    }

    /** Puts the sign-in screen in the window: after a lock, an ended session or a sign-out. */
    private void askToSignIn(Scene scene, String reason) {
        if (idleLock != null) {
            idleLock.disarm();
        }
        scene.setRoot(signInPage(reason));
        scene.getRoot().lookup(".sign-in").requestFocus();
    }

    /** The sign-in screen; once signed in, the same main window as before (its tabs kept), or a new one. */
    private javafx.scene.Parent signInPage(String reason) {
        SplashView fallback = new SplashView("Starting…", Platform::exit);
        java.util.List<SignIn.TrainingAccount> accounts = trainingScreen
                ? signInReady.isDone() && !signInReady.isCompletedExceptionally()
                        ? signInReady.join().trainingAccounts() : Backend.trainingAccounts()
                : java.util.List.of();
        SignInView view = new SignInView(trainingScreen, accounts, signInReady, tasks, this::openInBrowser, reason,
                user -> {
                    if (window != null && !user.subject().equals(windowOwner)) {
                        // Someone else signed in at a locked window: they must not see the last person's customers.
                        MainWindow theirs = window;
                        window = null;
                        theirs.dispose();
                        tasks.run(() -> {
                            backend.forgetCustomers();
                            return null;
                        }, done -> showMain(rootScene, fallback), error -> showMain(rootScene, fallback));
                        return;
                    }
                    showMain(rootScene, fallback);
                });
        javafx.scene.layout.StackPane page = new javafx.scene.layout.StackPane(view);
        page.getStyleClass().add("cv-sign-in-page");
        return page;
    }

    private void showMain(Scene scene, SplashView splash) {
        if (window == null) {
            try {
                window = new MainWindow(backend, theme, tasks, backend.clock(), PanelCatalogue.discover());
            } catch (RuntimeException | LinkageError e) {
                scene.setRoot(splash);
                failed(splash, e);
                return;
            }
        }
        backend.signIn().flatMap(s -> s.session().user()).ifPresent(user -> {
            backend.outbox().ifPresent(uk.caseview.sdk.outbox.Outbox::signedInChanged); // their waiting writes may go
            windowOwner = user.subject();
            window.signedIn(user, () -> signOut(scene));
            if (idleLock == null) {
                idleLock = new IdleLock(scene, idleLockAfter, () -> lock(scene));
            }
            idleLock.arm();
        });
        scene.setRoot(window.root());
        window.search().focusSearch();
        if (!ready.isDone()) {
            prepareTrainingDataSoon();
        }
        ready.complete(window);
    }

    /**
     * The embedded training server's trace index and worklist caseload take seconds of CPU on both
     * cores. Built while the trainee signs in and the main window is built, they doubled the
     * collector's pauses and put off the search field; begun a moment after it is ready, they fill
     * the time the trainee spends typing a first NINO. A trace or worklist asked for before then
     * builds what it needs itself.
     */
    private void prepareTrainingDataSoon() {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(TRAINING_DATA_DELAY);
        pause.setOnFinished(e -> backend.prepareTrainingData());
        pause.play();
    }

    /**
     * Nobody has touched the window for the idle time: the customers leave the screen and the
     * session's tokens are dropped, so only signing in again brings the same window back.
     */
    private void lock(Scene scene) {
        backend.signIn().ifPresent(s -> {
            s.session().signOut();
            askToSignIn(scene, "Caseview locked after " + spoken(idleLockAfter)
                    + " without use. Sign in again to carry on; your open work is kept.");
        });
    }

    /**
     * Sign-out: the window and every open customer go, the caches and the offline store's saved
     * views are wiped off the FX thread, and the sign-in screen comes back. Queued writes stay,
     * encrypted, and go once someone signs in again.
     */
    private void signOut(Scene scene) {
        MainWindow closing = window;
        window = null;
        windowOwner = null;
        if (closing != null) {
            closing.dispose();
        }
        SplashView wiping = new SplashView("Signing out…", Platform::exit);
        scene.setRoot(wiping);
        tasks.run(() -> {
            backend.signOut();
            return null;
        }, done -> askToSignIn(scene, "You have signed out. Caseview has cleared the customers it was holding."),
                error -> askToSignIn(scene, "You have signed out, but Caseview could not clear its saved customer "
                        + "data. Tell the service desk."));
    }

    private static String spoken(java.time.Duration d) {
        long minutes = d.toMinutes();
        return minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes") : d.toSeconds() + " seconds";
    }

    /** The main window now showing or waiting behind the sign-in screen, if any. FX thread. */
    public Optional<MainWindow> currentWindow() {
        return Optional.ofNullable(window);
    }

    private void openInBrowser(java.net.URI uri) {
        Platform.runLater(() -> getHostServices().showDocument(uri.toString()));
    }

    private void failed(SplashView splash, Throwable error) {
        log().error("Caseview could not start", error);
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

    /** Where it was, if that place is still on a screen (a laptop undocked from its second monitor is not). */
    private static void placeOnAScreen(Stage stage, uk.caseview.app.settings.DisplaySettings kept) {
        if (Double.isNaN(kept.x()) || Double.isNaN(kept.y())) {
            return;
        }
        boolean visible = Screen.getScreens().stream()
                .anyMatch(s -> s.getVisualBounds().contains(kept.x() + 40, kept.y() + 20));
        if (visible) {
            stage.setX(kept.x());
            stage.setY(kept.y());
        }
    }

    /** Every change of look or window is saved half a second after it settles, off the FX thread. */
    private void keepSettings(Stage stage) {
        settingsWriter = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                r -> new Thread(r, "caseview-settings"));
        Runnable remember = () -> {
            if (settingsWriter.isShutdown()) {
                return; // stopped: the stage (a test's shared one) outlives this app
            }
            boolean max = stage.isMaximized();
            uk.caseview.app.settings.DisplaySettings now = settings
                    .withLook(theme.paletteProperty().get() == uk.caseview.ui.theme.Palette.HIGH_CONTRAST,
                            theme.fontScaleProperty().get());
            // A maximised window keeps the size it had before, to come back to.
            settings = max ? now.withWindow(now.width(), now.height(), now.x(), now.y(), true)
                    : now.withWindow(stage.getWidth(), stage.getHeight(), stage.getX(), stage.getY(), false);
            uk.caseview.app.settings.DisplaySettings toSave = settings;
            if (pendingSave != null) {
                pendingSave.cancel(false);
            }
            pendingSave = settingsWriter.schedule(() -> settingsFile.save(toSave), 500,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        };
        theme.paletteProperty().addListener((o, a, b) -> remember.run());
        theme.fontScaleProperty().addListener((o, a, b) -> remember.run());
        stage.widthProperty().addListener((o, a, b) -> remember.run());
        stage.heightProperty().addListener((o, a, b) -> remember.run());
        stage.xProperty().addListener((o, a, b) -> remember.run());
        stage.yProperty().addListener((o, a, b) -> remember.run());
        stage.maximizedProperty().addListener((o, a, b) -> remember.run());
    }

    @Override
    public void stop() {
        if (settingsWriter != null) {
            // The last save, if one is waiting, runs now; the thread ends after it and the JVM with it.
            if (pendingSave != null && pendingSave.cancel(false)) {
                uk.caseview.app.settings.DisplaySettings last = settings;
                settingsWriter.execute(() -> settingsFile.save(last));
            }
            settingsWriter.shutdown();
        }
        if (idleLock != null) {
            idleLock.dispose();
        }
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
