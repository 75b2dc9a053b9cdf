package uk.caseview.ui.evidence;

import java.time.LocalDate;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceStatus;

/** The status filters above the evidence list. Overdue is a filter of its own: it is what gets chased. */
enum EvidenceFilter {
    ALL("All"),
    OVERDUE("Overdue"),
    REQUESTED("Requested"),
    RECEIVED("Received"),
    VERIFIED("Verified"),
    REJECTED("Rejected");

    private final String label;

    EvidenceFilter(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean accepts(EvidenceItem item, LocalDate today) {
        return switch (this) {
            case ALL -> true;
            case OVERDUE -> item.isOverdueOn(today);
            case REQUESTED -> item.status() == EvidenceStatus.REQUESTED;
            case RECEIVED -> item.status() == EvidenceStatus.RECEIVED;
            case VERIFIED -> item.status() == EvidenceStatus.VERIFIED;
            case REJECTED -> item.status() == EvidenceStatus.REJECTED;
        };
    }
}
