package uk.caseview.sdk.model.evidence;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

public enum EvidenceStatus {
    @JsonProperty("requested") REQUESTED,
    @JsonProperty("received") RECEIVED,
    @JsonProperty("verified") VERIFIED,
    @JsonProperty("rejected") REJECTED,
    @JsonEnumDefaultValue UNKNOWN
}
