package uk.caseview.sdk.model.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What a member of staff did to a citizen's record, as the audit trail records it. */
public enum AuditAction {
    @JsonProperty("opened_record") OPENED_RECORD("Opened the record"),
    @JsonProperty("opened_restricted_record") OPENED_RESTRICTED_RECORD("Opened the restricted record"),
    @JsonProperty("revealed_bank_details") REVEALED_BANK_DETAILS("Revealed the bank details"),
    @JsonProperty("recorded_write") RECORDED_WRITE("Changed the record"),
    @JsonEnumDefaultValue UNKNOWN("Another action");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** What the audit trail's reader sees. */
    public String label() {
        return label;
    }
}
