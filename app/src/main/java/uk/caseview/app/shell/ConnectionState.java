package uk.caseview.app.shell;

/** What the app knows about reaching the APIs, as a whole; {@link ConnectionMonitor} judges it. */
public enum ConnectionState {
    UNKNOWN("Checking the connection…"),
    CONNECTED("Connected"),
    /** The services answer but refuse the token: nothing loads until the user signs in again. */
    SIGN_IN_REQUIRED("Not signed in: the services refuse requests until you sign in again"),
    /** Some APIs answer and some don't: the screen works, those panels show saved data or Retry. */
    DEGRADED("Connected, but some services are not answering"),
    UNREACHABLE("Can't reach the services: showing saved data where there is some");

    private final String text;

    ConnectionState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
