package uk.caseview.sdk.view;

import uk.caseview.sdk.error.ApiException;

/** Turns a failed fetch into the sentence a caseworker reads in the panel. */
final class UnavailableReason {

    private UnavailableReason() {}

    static String of(Source source, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api.userMessage();
            }
        }
        return "Caseview couldn't load " + source.displayName().toLowerCase(java.util.Locale.UK)
                + " because of an unexpected error. Please retry, and report it if it keeps happening.";
    }
}
