package uk.caseview.sdk.model.evidence;

import java.util.List;

public record EvidenceList(String nino, List<EvidenceItem> items) {

    public EvidenceList {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
