package uk.caseview.stubs;

import java.util.Map;

/** Lets tests in other packages make a FaultController without a server. */
public final class FaultControllerAccess {

    private FaultControllerAccess() {}

    public static FaultController create(long seed, Map<StubApi, Fault> initial) {
        return new FaultController(seed, initial);
    }
}
