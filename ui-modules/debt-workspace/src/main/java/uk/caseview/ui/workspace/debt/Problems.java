package uk.caseview.ui.workspace.debt;

import java.util.NoSuchElementException;
import uk.caseview.sdk.error.ApiException;

/**
 * Turns a failure into a sentence a caseworker can act on. Never a stack trace, never a raw
 * exception message: the SDK's {@link ApiException#userMessage()} is written for screens, anything
 * else gets a plain sentence by kind.
 */
public final class Problems {

    private Problems() {}

    public static String describe(String whatFailed, Throwable error) {
        return whatFailed + " " + cause(error);
    }

    private static String cause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api.userMessage();
            }
            if (t instanceof NoSuchElementException) {
                return "It is no longer on the customer's record; refresh the worklist.";
            }
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return "The debt service took too long to answer. Try again.";
            }
            if (t instanceof java.io.IOException) {
                return "The debt service could not be reached. Check the connection and try again.";
            }
        }
        return "Something unexpected went wrong. Try again; if it keeps happening, tell the service desk.";
    }
}
