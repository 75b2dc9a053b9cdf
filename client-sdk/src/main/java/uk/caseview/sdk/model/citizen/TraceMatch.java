package uk.caseview.sdk.model.citizen;

import java.time.LocalDate;

public record TraceMatch(String nino, Name name, LocalDate dateOfBirth, String postcode) {

    @Override
    public String toString() {
        return "TraceMatch[redacted]";
    }
}
