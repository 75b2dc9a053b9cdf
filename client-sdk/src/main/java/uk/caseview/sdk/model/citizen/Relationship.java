package uk.caseview.sdk.model.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** A member of the citizen's household, or someone acting for them. */
public record Relationship(Type type, String nino, Name name, LocalDate dateOfBirth, LocalDate from) {

    public enum Type {
        @JsonProperty("partner") PARTNER,
        @JsonProperty("dependant") DEPENDANT,
        @JsonProperty("appointee") APPOINTEE,
        @JsonEnumDefaultValue UNKNOWN
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Relationship[" + type + ", redacted]";
    }
}
