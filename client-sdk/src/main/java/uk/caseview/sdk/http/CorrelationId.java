package uk.caseview.sdk.http;

import java.util.UUID;

/**
 * The X-Correlation-Id of the call in progress. One id covers a logical call, retries
 * included, so the service desk can follow it through the gateway's logs.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";

    static final ScopedValue<String> CURRENT = ScopedValue.newInstance();

    private CorrelationId() {}

    public static String next() {
        return UUID.randomUUID().toString();
    }

    /** The id bound for this call, or a fresh one when a request is made outside a guarded call. */
    static String currentOrNew() {
        return CURRENT.isBound() ? CURRENT.get() : next();
    }
}
