package uk.caseview.stubs.fault;

import java.util.SplittableRandom;
import uk.caseview.stubs.Fault;

/**
 * The fate of one request under a {@link Fault}, drawn once so that every random choice for the
 * request comes from the API's seeded stream in a fixed order.
 *
 * @param delayMs     how long to wait before doing anything else
 * @param hang        never answer
 * @param reset       drop the connection
 * @param errorStatus an error status to answer instead of the real response, or 0
 */
public record FaultDecision(
        long delayMs, boolean hang, boolean reset, int errorStatus, int retryAfterSeconds,
        Fault.Malformed malformed, long oversizedBytes) {

    public static final FaultDecision HEALTHY = new FaultDecision(0, false, false, 0, 0, Fault.Malformed.NONE, 0);

    static final int DEFAULT_ERROR_STATUS = 500;

    public static FaultDecision draw(Fault fault, SplittableRandom dice) {
        long delay = fault.latencyMs();
        if (fault.latencyJitterMs() > 0) {
            delay += dice.nextLong(fault.latencyJitterMs() + 1);
        }
        int status = 0;
        if (fault.errorRate() > 0 && dice.nextDouble() < fault.errorRate()) {
            status = fault.errorStatuses().isEmpty()
                    ? DEFAULT_ERROR_STATUS
                    : fault.errorStatuses().get(dice.nextInt(fault.errorStatuses().size()));
        }
        return new FaultDecision(delay, fault.hang(), fault.reset(), status, fault.retryAfterSeconds(),
                fault.malformed(), fault.oversizedBytes());
    }

    public boolean isHealthy() {
        return this == HEALTHY || equals(HEALTHY);
    }

    /** True when the real response body needs rewriting after it is built. */
    public boolean altersBody() {
        return malformed != Fault.Malformed.NONE || oversizedBytes > 0;
    }
}
