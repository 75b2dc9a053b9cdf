package uk.caseview.ui.format;

import uk.caseview.sdk.error.ApiException;

/** The short reference a caseworker quotes to the service desk when a call fails (issue 14). */
public final class ServiceDeskReference {

    private ServiceDeskReference() {}

    /** " Reference for the service desk: 97d04bb3." for a failed API call; "" for anything else. */
    public static String sentence(Throwable failure) {
        if (failure instanceof ApiException api && api.reference() != null) {
            return " Reference for the service desk: " + api.reference() + ".";
        }
        return "";
    }
}
