package uk.caseview.stubs;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import uk.caseview.stubs.fault.FaultDecision;

/**
 * The faults in force, per API, and the seeded dice that decide each request's fate.
 *
 * <p>Each API has its own random stream, restarted from (seed, API) whenever its fault is set, so
 * the same fault on the same seed gives the same sequence of outcomes for the same sequence of
 * requests. Requests that race each other may draw in a different order; a test that needs an
 * exact sequence sends its requests one at a time.
 */
public final class FaultController {

    private final long seed;
    private final EnumMap<StubApi, Fault> faults = new EnumMap<>(StubApi.class);
    private final EnumMap<StubApi, SplittableRandom> dice = new EnumMap<>(StubApi.class);
    // Read without a lock on every request: a healthy API must cost nothing.
    private volatile boolean anyFault;

    FaultController(long seed, Map<StubApi, Fault> initial) {
        this.seed = seed;
        initial.forEach(this::set);
    }

    /** Replaces one API's fault; {@link Fault#NONE} clears it. */
    public synchronized void set(StubApi api, Fault fault) {
        if (fault == null || fault.isNone()) {
            faults.remove(api);
            dice.remove(api);
        } else {
            faults.put(api, fault);
            dice.put(api, new SplittableRandom(seed * 31 + api.ordinal() * 0x9E3779B97F4A7C15L));
        }
        anyFault = !faults.isEmpty();
    }

    /** Replaces the faults of every API named in the map, leaving the others as they are. */
    public synchronized void setAll(Map<StubApi, Fault> changes) {
        changes.forEach(this::set);
    }

    public synchronized Fault get(StubApi api) {
        return faults.getOrDefault(api, Fault.NONE);
    }

    /** The faults in force; APIs without a fault are absent. */
    public synchronized Map<StubApi, Fault> all() {
        return Map.copyOf(faults);
    }

    public void clear(StubApi api) {
        set(api, Fault.NONE);
    }

    public synchronized void clearAll() {
        faults.clear();
        dice.clear();
        anyFault = false;
    }

    /** What to do to this request; {@link FaultDecision#HEALTHY} when the API has no fault. */
    public FaultDecision decide(StubApi api) {
        if (!anyFault || api == null) {
            return FaultDecision.HEALTHY;
        }
        synchronized (this) {
            Fault fault = faults.get(api);
            if (fault == null) {
                return FaultDecision.HEALTHY;
            }
            return FaultDecision.draw(fault, dice.get(api));
        }
    }
}
