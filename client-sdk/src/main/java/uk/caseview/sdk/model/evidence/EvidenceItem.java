package uk.caseview.sdk.model.evidence;

import java.time.LocalDate;

public record EvidenceItem(
        String evidenceId,
        EvidenceType type,
        String description,
        EvidenceStatus status,
        LocalDate requestedOn,
        LocalDate dueBy,
        LocalDate receivedOn,
        String fileName,
        String mediaType,
        Long sizeBytes,
        String rejectionReason) {

    /** Requested, not yet received, and past its due date. */
    public boolean isOverdueOn(LocalDate day) {
        return status == EvidenceStatus.REQUESTED && dueBy != null && dueBy.isBefore(day);
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "EvidenceItem[" + evidenceId + ", " + type + ", " + status + ", redacted]";
    }
}
