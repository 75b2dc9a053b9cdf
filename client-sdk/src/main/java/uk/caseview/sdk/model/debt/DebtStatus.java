package uk.caseview.sdk.model.debt;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum DebtStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("in_arrears") IN_ARREARS,
    @JsonProperty("broken") BROKEN,
    @JsonProperty("written_off") WRITTEN_OFF,
    @JsonProperty("cleared") CLEARED,
    @JsonProperty("on_hold") ON_HOLD,
    @JsonEnumDefaultValue UNKNOWN
}
