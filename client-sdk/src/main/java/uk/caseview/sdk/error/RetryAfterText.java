package uk.caseview.sdk.error;

import java.time.Duration;

/** ", try again in 30 seconds" for a caseworker; empty when the server gave no hint. */
final class RetryAfterText {

    private RetryAfterText() {}

    static String of(Duration retryAfter) {
        if (retryAfter == null) {
            return "; try again in a moment";
        }
        return "; try again in " + DurationText.of(retryAfter);
    }
}
