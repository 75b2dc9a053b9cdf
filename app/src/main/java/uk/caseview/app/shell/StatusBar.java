package uk.caseview.app.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import uk.caseview.ui.widget.Layouts;

/** Environment, connection and pending writes along the bottom edge. */
public final class StatusBar extends HBox {

    private final Label environment = Layouts.label("", "cv-status-item");
    private final Label connection = Layouts.label("", "cv-status-item");
    /** A link: what is waiting opens the list of pending and held writes. */
    private final javafx.scene.control.Hyperlink pending = new javafx.scene.control.Hyperlink();
    private final Label textSize = Layouts.label("", "cv-status-item");
    private final Label message = Layouts.label("", "cv-status-message");
    private final Label user = Layouts.label("", "cv-status-item");
    private final javafx.scene.control.Button signOut = new javafx.scene.control.Button("Sign out");

    public StatusBar(String environmentText) {
        setId("status-bar");
        getStyleClass().add("cv-status-bar");
        environment.setId("status-environment");
        connection.setId("status-connection");
        pending.setId("status-pending");
        pending.getStyleClass().add("cv-status-item");
        textSize.setId("status-text-size");
        message.setId("status-message");
        environment.setText(environmentText);
        pending.setVisible(false);
        pending.setManaged(false);
        user.setId("status-user");
        signOut.setId("sign-out");
        signOut.getStyleClass().add("cv-status-button");
        user.setVisible(false);
        user.setManaged(false);
        signOut.setVisible(false);
        signOut.setManaged(false);
        getChildren().addAll(environment, connection, message, Layouts.spacer(), pending, textSize, user, signOut);
        // Short of room (large text), what a caseworker acts on keeps its whole label: Sign out, the
        // connection, what is waiting and who is signed in. The training address and the last
        // message give way first; the message wraps to a second line rather than vanish.
        for (javafx.scene.control.Control keep : new javafx.scene.control.Control[] {signOut, connection, pending, textSize}) {
            keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        environment.setMinWidth(0);
        user.setMinWidth(0);
        message.setMinWidth(0);
        // What gives way is still there whole when the pointer rests on it.
        Layouts.wholeInTooltip(environment);
        Layouts.wholeInTooltip(user);
        message.setWrapText(true);
        connection(ConnectionState.UNKNOWN);
    }

    public void connection(ConnectionState state) {
        connection(state, state.text());
    }

    /** What the connection monitor last found, in its own words (which services are down, if some are). */
    public void connection(ConnectionMonitor.Snapshot snapshot) {
        connection(snapshot.state(), snapshot.text());
    }

    private void connection(ConnectionState state, String text) {
        connection.setText(text);
        connection.setAccessibleText(text);
        connection.getStyleClass().removeIf(c -> c.startsWith("cv-connection-"));
        connection.getStyleClass().add("cv-connection-" + state.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String connectionText() {
        return connection.getText();
    }

    /** What clicking the pending count does: open the list of pending and held writes. */
    public void onPendingClicked(Runnable action) {
        pending.setOnAction(e -> {
            pending.setVisited(false);
            action.run();
        });
    }

    /** Writes waiting in the outbox; hidden until an outbox exists. */
    public void pending(int count) {
        pending.setVisible(true);
        pending.setManaged(true);
        pending.setText(count == 0 ? "Nothing waiting to send" : count + " waiting to send");
        pending.getStyleClass().remove("cv-warning-text");
        if (count > 0) {
            pending.getStyleClass().add("cv-warning-text");
        }
    }

    /** The outcome of the agent's last action, e.g. "Note saved: it will be sent when the service answers". */
    public void say(String text) {
        message.setText(text);
        message.setAccessibleText(text);
    }

    public String said() {
        return message.getText();
    }

    public String pendingText() {
        return pending.getText();
    }

    /** Who is signed in, with their roles, and the way out. */
    public void signedIn(String who, Runnable onSignOut) {
        user.setText(who);
        user.setAccessibleText("Signed in as " + who);
        user.setVisible(true);
        user.setManaged(true);
        signOut.setOnAction(e -> onSignOut.run());
        signOut.setVisible(true);
        signOut.setManaged(true);
    }

    public String userText() {
        return user.getText();
    }

    public void textScale(double scale) {
        textSize.setText("Text " + Math.round(scale * 100) + "%");
    }
}
