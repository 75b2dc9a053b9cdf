package uk.caseview.sdk.model.evidence;

import java.time.LocalDate;

public record EvidenceRequest(EvidenceType type, String description, LocalDate dueBy) {}
