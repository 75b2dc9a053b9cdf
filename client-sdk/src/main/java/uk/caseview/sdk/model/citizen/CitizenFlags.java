package uk.caseview.sdk.model.citizen;

/** @param caution a staff-safety warning, or null when there is none */
public record CitizenFlags(boolean deceased, boolean vulnerable, boolean restrictedRecord, String vulnerabilityNote,
        CautionMarker caution) {

    public static final CitizenFlags NONE = new CitizenFlags(false, false, false, null, null);

    /** Flags without a caution marker. */
    public CitizenFlags(boolean deceased, boolean vulnerable, boolean restrictedRecord, String vulnerabilityNote) {
        this(deceased, vulnerable, restrictedRecord, vulnerabilityNote, null);
    }
}
