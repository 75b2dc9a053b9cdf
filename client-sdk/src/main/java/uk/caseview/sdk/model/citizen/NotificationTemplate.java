package uk.caseview.sdk.model.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The notifications Caseview can send. The citizen service owns their wording (in English and
 * Welsh) and fills it in from the record; {@link #label()} is only how a caseworker picks one.
 */
public enum NotificationTemplate {
    @JsonProperty("evidence_reminder") EVIDENCE_REMINDER("evidence_reminder", "Reminder: evidence we are waiting for"),
    @JsonProperty("payment_date") PAYMENT_DATE("payment_date", "Their next payment date"),
    @JsonProperty("debt_plan_confirmation")
    DEBT_PLAN_CONFIRMATION("debt_plan_confirmation", "Confirmation of their repayment plan"),
    @JsonProperty("call_back") CALL_BACK("call_back", "We tried to call: we will call back"),
    @JsonEnumDefaultValue UNKNOWN("unknown", "Another message");

    private final String code;
    private final String label;

    NotificationTemplate(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The wire value, as the contract spells it. */
    public String code() {
        return code;
    }
}
