package uk.caseview.sdk.model.citizen;

public record CitizenFlags(boolean deceased, boolean vulnerable, boolean restrictedRecord, String vulnerabilityNote) {

    public static final CitizenFlags NONE = new CitizenFlags(false, false, false, null);
}
