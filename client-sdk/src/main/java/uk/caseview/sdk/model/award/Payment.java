package uk.caseview.sdk.model.award;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

public record Payment(LocalDate paidOn, long amountPence, Status status) {

    public enum Status {
        @JsonProperty("paid") PAID,
        @JsonProperty("failed") FAILED,
        @JsonProperty("returned") RETURNED,
        @JsonProperty("pending") PENDING,
        @JsonEnumDefaultValue UNKNOWN
    }
}
