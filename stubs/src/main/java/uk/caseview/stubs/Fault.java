package uk.caseview.stubs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How one API misbehaves, as in the contract's {@code Fault} schema. {@link #NONE} is a healthy API.
 *
 * <p>The order faults apply in: latency first, then hang or reset, then an error status (by
 * {@link #errorRate()}), then the body is corrupted (malformed) or padded (oversized).
 *
 * @param latencyMs         fixed delay before answering
 * @param latencyJitterMs   extra delay, uniformly distributed over 0..N ms
 * @param errorRate         share of requests (0..1) answered with one of {@link #errorStatuses()}
 * @param errorStatuses     which statuses to pick from (422 refuses a request as it stands; 429, 500, 502, 503 are transient); empty means 500
 * @param retryAfterSeconds Retry-After on 429 and 503
 * @param hang              accept the request and never answer, until the client gives up
 * @param reset             close the connection without answering
 * @param malformed         corrupt a JSON body
 * @param oversizedBytes    pad the body to at least this many bytes (0: off)
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Fault(
        long latencyMs,
        long latencyJitterMs,
        double errorRate,
        List<Integer> errorStatuses,
        int retryAfterSeconds,
        boolean hang,
        boolean reset,
        Malformed malformed,
        long oversizedBytes) {

    public static final Fault NONE = new Fault(0, 0, 0, List.of(), 0, false, false, Malformed.NONE, 0);

    public static final List<Integer> ALLOWED_ERROR_STATUSES = List.of(422, 429, 500, 502, 503);

    public Fault {
        if (latencyMs < 0 || latencyJitterMs < 0 || retryAfterSeconds < 0 || oversizedBytes < 0) {
            throw new IllegalArgumentException("fault durations and sizes must not be negative");
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("errorRate must be between 0 and 1");
        }
        errorStatuses = errorStatuses == null ? List.of() : List.copyOf(errorStatuses);
        for (int status : errorStatuses) {
            if (!ALLOWED_ERROR_STATUSES.contains(status)) {
                throw new IllegalArgumentException("errorStatuses may hold only " + ALLOWED_ERROR_STATUSES);
            }
        }
        malformed = malformed == null ? Malformed.NONE : malformed;
    }

    public static Fault latency(long fixedMs, long jitterMs) {
        return NONE.withLatency(fixedMs, jitterMs);
    }

    public static Fault errors(double rate, Integer... statuses) {
        return NONE.withErrors(rate, statuses);
    }

    public Fault withLatency(long fixedMs, long jitterMs) {
        return new Fault(fixedMs, jitterMs, errorRate, errorStatuses, retryAfterSeconds, hang, reset, malformed,
                oversizedBytes);
    }

    public Fault withErrors(double rate, Integer... statuses) {
        return new Fault(latencyMs, latencyJitterMs, rate, List.of(statuses), retryAfterSeconds, hang, reset,
                malformed, oversizedBytes);
    }

    public Fault withRetryAfter(int seconds) {
        return new Fault(latencyMs, latencyJitterMs, errorRate, errorStatuses, seconds, hang, reset, malformed,
                oversizedBytes);
    }

    public Fault withHang(boolean on) {
        return new Fault(latencyMs, latencyJitterMs, errorRate, errorStatuses, retryAfterSeconds, on, reset,
                malformed, oversizedBytes);
    }

    public Fault withReset(boolean on) {
        return new Fault(latencyMs, latencyJitterMs, errorRate, errorStatuses, retryAfterSeconds, hang, on,
                malformed, oversizedBytes);
    }

    public Fault withMalformed(Malformed how) {
        return new Fault(latencyMs, latencyJitterMs, errorRate, errorStatuses, retryAfterSeconds, hang, reset, how,
                oversizedBytes);
    }

    public Fault withOversizedBytes(long bytes) {
        return new Fault(latencyMs, latencyJitterMs, errorRate, errorStatuses, retryAfterSeconds, hang, reset,
                malformed, bytes);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** How a JSON body is corrupted. */
    public enum Malformed {
        @JsonProperty("none") NONE,
        @JsonProperty("invalid_json") INVALID_JSON,
        @JsonProperty("truncated_json") TRUNCATED_JSON
    }
}
