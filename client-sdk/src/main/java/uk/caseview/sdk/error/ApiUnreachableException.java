package uk.caseview.sdk.error;

import uk.caseview.sdk.view.Source;

/** The connection failed or broke: refused, reset, DNS, TLS handshake. */
public final class ApiUnreachableException extends ApiException {

    /**
     * The cause is named, not chained: a network exception's message can quote the URL, and a
     * URL can hold a NINO, so chaining it would put personal data in any log of this exception.
     */
    public ApiUnreachableException(Source source, String correlationId, Throwable cause) {
        super(source, 0, null, correlationId, source + " unreachable: " + cause.getClass().getSimpleName(), null);
    }

    @Override
    public boolean isTransient() {
        return true;
    }

    @Override
    public String userMessage() {
        return "Caseview couldn't reach the " + service() + ". Check the network connection, then retry.";
    }
}
