package uk.caseview.sdk.model.citizen;

import java.util.List;

public record TraceResult(List<TraceMatch> matches) {

    public TraceResult {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }
}
