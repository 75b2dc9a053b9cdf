package uk.caseview.sdk.model.citizen;

import java.time.LocalDate;

/**
 * A warning for staff safety (threats or violence towards staff, say), with why and since when.
 * Staff see it before anything else, so a caller or a visit is handled with care.
 */
public record CautionMarker(String reason, LocalDate recordedOn) {}
