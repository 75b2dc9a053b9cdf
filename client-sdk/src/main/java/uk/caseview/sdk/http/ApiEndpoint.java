package uk.caseview.sdk.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where one API lives and how long to wait for it. Timeouts are explicit because Feign's
 * defaults (10 s connect, 60 s read) would freeze a caseworker's screen for a minute.
 */
public record ApiEndpoint(URI baseUri, Duration connectTimeout, Duration readTimeout) {

    public ApiEndpoint {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (baseUri.getScheme() == null || !(baseUri.getScheme().equals("http") || baseUri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("An API base URI must be http or https: " + baseUri);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive");
        }
    }

    /** The base URI without a trailing slash, as Feign's target wants it. */
    public String target() {
        String s = baseUri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
