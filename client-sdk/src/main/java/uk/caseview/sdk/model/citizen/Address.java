package uk.caseview.sdk.model.citizen;

import java.time.LocalDate;

public record Address(String line1, String line2, String town, String postcode, LocalDate from, LocalDate to) {

    /** The address on one line, as a caseworker reads it back to a caller. */
    public String singleLine() {
        StringBuilder sb = new StringBuilder(line1);
        if (line2 != null && !line2.isBlank()) {
            sb.append(", ").append(line2);
        }
        return sb.append(", ").append(town).append(", ").append(postcode).toString();
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Address[redacted]";
    }
}
