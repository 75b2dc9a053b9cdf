package uk.caseview.sdk.model.debt;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum RecoveryMethod {
    @JsonProperty("benefit_deduction") BENEFIT_DEDUCTION,
    @JsonProperty("direct_payment") DIRECT_PAYMENT,
    @JsonProperty("none") NONE,
    @JsonEnumDefaultValue UNKNOWN
}
