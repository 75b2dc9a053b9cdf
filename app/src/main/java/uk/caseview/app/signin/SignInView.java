package uk.caseview.app.signin;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import uk.caseview.sdk.auth.AccessToken;
import uk.caseview.sdk.auth.Role;
import uk.caseview.ui.fx.BackgroundTasks;

/**
 * The sign-in screen. In TRAINING one click signs in as the trainee (the default button, so Enter
 * does it too), and a row of single-role accounts lets a trainer show what each role can and
 * cannot do. In LIVE one button opens the organisation's sign-in page in the browser. Signing in
 * runs off the FX thread; a refusal is shown here in words, and the button can be pressed again.
 *
 * <p>The screen can be up before the sign-in behind it exists: at start-up it is the first frame,
 * while the training server starts behind it. A click made before then says "Signing in…" and goes
 * through once the server answers, so no click is lost (decision 1301).
 */
public final class SignInView extends VBox {

    private final java.util.concurrent.CompletableFuture<SignIn> signIn;
    private final BackgroundTasks tasks;
    private final Consumer<URI> openBrowser;
    private final Consumer<AccessToken> signedIn;
    private final Label message = new Label();
    private final List<Button> buttons = new java.util.ArrayList<>();

    /**
     * @param reason     why sign-in is asked for now (a session that ended), or null at start
     * @param signedIn   called on the FX thread once the session holds a checked token
     */
    public SignInView(SignIn signIn, BackgroundTasks tasks, Consumer<URI> openBrowser, String reason,
            Consumer<AccessToken> signedIn) {
        this(signIn.training(), signIn.trainingAccounts(), java.util.concurrent.CompletableFuture.completedFuture(signIn),
                tasks, openBrowser, reason, signedIn);
    }

    /**
     * A sign-in screen whose sign-in may still be starting.
     *
     * @param training  which screen to show: TRAINING's accounts, or LIVE's browser button
     * @param accounts  TRAINING: the accounts to offer, the one-click trainee first; empty in LIVE
     * @param signIn    completes once the sign-in can be used; a click waits for it off the FX thread
     */
    public SignInView(boolean training, List<SignIn.TrainingAccount> accounts,
            java.util.concurrent.CompletableFuture<SignIn> signIn, BackgroundTasks tasks, Consumer<URI> openBrowser,
            String reason, Consumer<AccessToken> signedIn) {
        this.signIn = signIn;
        this.tasks = tasks;
        this.openBrowser = openBrowser;
        this.signedIn = signedIn;
        getStyleClass().add("sign-in");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        // About 49 em: the card grows with the text size, so at 200 % nothing on it is cut short.
        maxWidthProperty().bind(message.fontProperty().map(f -> Math.max(640, f.getSize() * 49)));
        setMaxHeight(USE_PREF_SIZE);

        // Which environment this is, said before anything else, in the banner's own colours.
        Label tag = new Label(training ? "TRAINING" : "LIVE");
        tag.getStyleClass().add("cv-env-tag");
        tag.setMinWidth(USE_PREF_SIZE);
        Label where = new Label(training ? "Synthetic people. Nothing here is a real citizen."
                : "Real citizens' records.");
        where.getStyleClass().add("cv-env-detail");
        where.setWrapText(true);
        javafx.scene.layout.HBox environment = new javafx.scene.layout.HBox(8, tag, where);
        environment.setAlignment(Pos.CENTER_LEFT);
        environment.getStyleClass().addAll("cv-env-banner", training ? "cv-env-training" : "cv-env-live");
        environment.setId("sign-in-environment");
        getChildren().add(environment);

        Label title = new Label(training ? "Sign in to Caseview training" : "Sign in to Caseview");
        title.getStyleClass().add("sign-in-title");
        title.setWrapText(true);
        getChildren().add(title);
        if (reason != null) {
            Label why = new Label(reason);
            why.setId("sign-in-reason");
            why.setWrapText(true);
            getChildren().add(why);
        }
        message.setId("sign-in-message");
        message.setWrapText(true);
        message.getStyleClass().add("sign-in-message");

        if (training) {
            Label about = new Label("Training uses synthetic staff on the built-in training server. "
                    + "The trainee works both the frontline and the debt desk.");
            about.setWrapText(true);
            String traineeName = accounts.getFirst().username();
            Button trainee = button("Sign in as trainee", "sign-in-trainee",
                    () -> signIn.join().asTrainingAccount(traineeName));
            trainee.setDefaultButton(true);
            Label others = new Label("Or sign in with one role, to see what it can and cannot do:");
            others.setWrapText(true);
            FlowPane roles = new FlowPane(8, 8);
            roles.setAlignment(Pos.CENTER);
            for (SignIn.TrainingAccount account : accounts.subList(1, accounts.size())) {
                String label = account.roles().stream().map(Role::label).sorted().reduce((a, b) -> a + ", " + b)
                        .orElse(account.username());
                roles.getChildren().add(button(label, "sign-in-" + account.username(),
                        () -> signIn.join().asTrainingAccount(account.username())));
            }
            getChildren().addAll(about, trainee, others, roles, message);
        } else {
            Label about = new Label("Caseview opens your organisation's sign-in page in your web browser. "
                    + "Come back here when it says you are signed in.");
            about.setWrapText(true);
            Button browser = button("Sign in with your organisation account", "sign-in-browser",
                    () -> signIn.join().inBrowser(openBrowser));
            browser.setDefaultButton(true);
            getChildren().addAll(about, browser, message);
        }
    }

    /** @param attempt signs in; blocking, so run off the FX thread */
    private Button button(String text, String id, java.util.concurrent.Callable<AccessToken> attempt) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> {
            buttons.forEach(x -> x.setDisable(true));
            message.setText(signIn.isDone() ? "Signing in…"
                    : "Starting Caseview's connection… you are signed in as soon as it is ready.");
            tasks.run(attempt, signedIn::accept, error -> {
                buttons.forEach(x -> x.setDisable(false));
                // A refusal's message is written for staff; anything else is a fault of ours, said plainly.
                message.setText(error instanceof uk.caseview.sdk.auth.TokenRejectedException ? error.getMessage()
                        : "Signing in failed. Try again, and call the service desk if it keeps failing.");
            });
        });
        buttons.add(b);
        return b;
    }

    /** For tests: whatever the screen says about the last attempt. */
    public String messageText() {
        return message.getText();
    }
}
