package uk.caseview.sdk.error;

import java.time.Duration;
import uk.caseview.sdk.view.Source;

/** No answer within the read timeout or the source's deadline. */
public final class ApiTimeoutException extends ApiException {

    private final Duration waited;

    /** The cause is not chained, for the reason given on {@link ApiUnreachableException}. */
    public ApiTimeoutException(Source source, String correlationId, Duration waited) {
        super(source, 0, null, correlationId, source + " did not answer within " + waited.toMillis() + " ms", null);
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }

    @Override
    public boolean isTransient() {
        return true;
    }

    @Override
    public String userMessage() {
        return capitalised(service()) + " did not answer within " + DurationText.of(waited) + ".";
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
