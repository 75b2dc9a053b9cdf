package uk.caseview.ui.workspace.debt;

/**
 * Turns a failure into a sentence a caseworker can act on. Never a stack trace, never an
 * exception's own message (it may be technical, and the SDK's engineer messages are not for screens).
 */
public final class Problems {

    private Problems() {}

    public static String describe(String whatFailed, Throwable error) {
        return whatFailed + " " + cause(error);
    }

    private static String cause(Throwable error) {
        if (error instanceof java.util.NoSuchElementException) {
            return "It is no longer on the customer's record; refresh the worklist.";
        }
        if (error instanceof java.util.concurrent.TimeoutException || error instanceof java.net.http.HttpTimeoutException) {
            return "The debt service took too long to answer. Try again.";
        }
        if (error instanceof java.net.ConnectException || error instanceof java.io.IOException) {
            return "The debt service could not be reached. Check the connection and try again.";
        }
        return "The debt service did not answer as expected. Try again; if it keeps happening, tell the service desk.";
    }
}
