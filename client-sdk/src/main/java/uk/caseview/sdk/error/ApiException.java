package uk.caseview.sdk.error;

import java.util.Optional;
import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.view.Source;

/**
 * Any failed call to one of the five APIs. Unchecked, because every caller handles it the same
 * way: show {@link #userMessage()} and offer a retry. {@link #getMessage()} is for engineers and
 * never holds personal data (no path parameters, no bodies), so it is safe to log.
 */
public abstract sealed class ApiException extends RuntimeException
        permits NotFoundException,
                InvalidRequestException,
                ConflictException,
                ServiceUnavailableException,
                RateLimitedException,
                ApiTimeoutException,
                ApiUnreachableException,
                MalformedResponseException,
                CircuitOpenException,
                AccessDeniedException,
                ServerErrorException,
                DocumentTooLargeException {

    private final Source source;
    private final int status;
    private final transient Problem problem;
    private final String correlationId;

    protected ApiException(
            Source source, int status, Problem problem, String correlationId, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.status = status;
        this.problem = problem;
        this.correlationId = correlationId;
    }

    /** The API that failed. */
    public Source source() {
        return source;
    }

    /** The HTTP status, or 0 when no answer arrived (timeout, connection refused, circuit open). */
    public int status() {
        return status;
    }

    /** The server's problem+json body, when it sent one. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The X-Correlation-Id sent with the request; quote it to the service desk. */
    public String correlationId() {
        return correlationId;
    }

    /**
     * The correlation id's first eight characters: short enough to read down a phone, and what
     * the service desk searches its logs for (every request is logged with its whole id). Null
     * when the request never got one.
     */
    public String reference() {
        return shortReference(correlationId);
    }

    /** @see #reference() */
    public static String shortReference(String correlationId) {
        if (correlationId == null || correlationId.isBlank()) {
            return null;
        }
        return correlationId.length() <= 8 ? correlationId : correlationId.substring(0, 8);
    }

    /** A sentence a caseworker can read and act on. No stack trace, no jargon. */
    public abstract String userMessage();

    /** True when trying the same request again later could succeed. */
    public boolean isTransient() {
        return false;
    }

    protected String service() {
        return source == null ? "The service" : source.serviceName();
    }
}
