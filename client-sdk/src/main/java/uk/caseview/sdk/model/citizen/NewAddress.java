package uk.caseview.sdk.model.citizen;

import java.time.LocalDate;

/** Where a citizen has moved to, and the first day there: the body of a change of address. */
public record NewAddress(String line1, String line2, String town, String postcode, LocalDate from) {

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "NewAddress[redacted]";
    }
}
