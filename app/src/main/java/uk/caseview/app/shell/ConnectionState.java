package uk.caseview.app.shell;

/** What the app last learnt about reaching the APIs. */
public enum ConnectionState {
    UNKNOWN("Not yet connected"),
    CONNECTED("Connected"),
    UNREACHABLE("Can't reach the services: showing saved data where there is some");

    private final String text;

    ConnectionState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
