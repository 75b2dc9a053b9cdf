package uk.caseview.sdk.model.debt;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum PlanStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("in_arrears") IN_ARREARS,
    @JsonProperty("broken") BROKEN,
    @JsonProperty("completed") COMPLETED,
    @JsonEnumDefaultValue UNKNOWN
}
