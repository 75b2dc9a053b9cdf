package uk.caseview.sdk.model.citizen;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Identity, addresses, contact details, household and flags of one citizen. */
public record Citizen(
        String nino,
        Name name,
        LocalDate dateOfBirth,
        LocalDate dateOfDeath,
        Address currentAddress,
        List<Address> pastAddresses,
        ContactDetails contact,
        Language preferredLanguage,
        IdentityVerification identityVerification,
        List<Relationship> relationships,
        CitizenFlags flags,
        BankAccount bankAccount,
        long version) {

    public Citizen {
        pastAddresses = pastAddresses == null ? List.of() : List.copyOf(pastAddresses);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
        flags = flags == null ? CitizenFlags.NONE : flags;
    }

    /** Age in whole years on the given day (or on the day of death, if earlier). */
    public int ageOn(LocalDate day) {
        LocalDate end = dateOfDeath != null && dateOfDeath.isBefore(day) ? dateOfDeath : day;
        return Period.between(dateOfBirth, end).getYears();
    }

    public boolean hasAppointee() {
        return relationships.stream().anyMatch(r -> r.type() == Relationship.Type.APPOINTEE);
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Citizen[redacted]";
    }

    public enum Language {
        @JsonProperty("en") ENGLISH,
        @JsonProperty("cy") WELSH,
        @JsonEnumDefaultValue UNKNOWN
    }

    public enum IdentityVerification {
        @JsonProperty("verified") VERIFIED,
        @JsonProperty("pending") PENDING,
        @JsonProperty("failed") FAILED,
        @JsonEnumDefaultValue UNKNOWN
    }
}
