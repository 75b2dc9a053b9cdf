package uk.caseview.sdk.model.citizen;

public record ContactDetails(String phone, String mobile, String email) {

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "ContactDetails[redacted]";
    }
}
