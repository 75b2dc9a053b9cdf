package uk.caseview.stubs;

import java.util.Locale;
import java.util.Optional;

/** The five APIs the stub stands in for; faults are set per API. */
public enum StubApi {
    CITIZEN("/citizen/"),
    EARNINGS("/earnings/"),
    AWARD("/award/"),
    DEBT("/debt/"),
    EVIDENCE("/evidence/");

    private final String pathPrefix;

    StubApi(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    /** The name used in the fault API and on the command line: citizen, earnings, award, debt, evidence. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StubApi> byName(String name) {
        for (StubApi api : values()) {
            if (api.apiName().equals(name)) {
                return Optional.of(api);
            }
        }
        return Optional.empty();
    }

    /** The API a request path belongs to; empty for the admin and contract paths. */
    public static StubApi forPath(String path) {
        for (StubApi api : values()) {
            if (path.startsWith(api.pathPrefix)) {
                return api;
            }
        }
        return null;
    }
}
