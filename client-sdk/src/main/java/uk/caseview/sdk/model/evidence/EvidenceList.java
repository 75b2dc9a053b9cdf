package uk.caseview.sdk.model.evidence;

import java.util.List;

public record EvidenceList(String nino, List<EvidenceItem> items) {

    public EvidenceList {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "EvidenceList[redacted, items=" + items.size() + "]";
    }
}
