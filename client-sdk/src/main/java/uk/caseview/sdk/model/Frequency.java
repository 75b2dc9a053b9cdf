package uk.caseview.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How often a payment, pay period or instalment recurs. */
public enum Frequency {
    @JsonProperty("weekly") WEEKLY(52),
    @JsonProperty("fortnightly") FORTNIGHTLY(26),
    @JsonProperty("four_weekly") FOUR_WEEKLY(13),
    @JsonProperty("monthly") MONTHLY(12),
    @JsonEnumDefaultValue UNKNOWN(0);

    private final int perYear;

    Frequency(int perYear) {
        this.perYear = perYear;
    }

    /** Occurrences in a year; 0 when unknown. */
    public int perYear() {
        return perYear;
    }
}
