package uk.caseview.sdk.model.earnings;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

public record EarningsAlert(
        Type type, LocalDate raisedOn, Long thresholdPence, Long amountPence, String payeReference, String message) {

    public enum Type {
        @JsonProperty("below_threshold") BELOW_THRESHOLD,
        @JsonProperty("above_threshold") ABOVE_THRESHOLD,
        @JsonProperty("new_employer") NEW_EMPLOYER,
        @JsonProperty("employment_ended") EMPLOYMENT_ENDED,
        @JsonEnumDefaultValue UNKNOWN
    }
}
