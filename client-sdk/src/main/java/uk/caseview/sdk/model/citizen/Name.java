package uk.caseview.sdk.model.citizen;

public record Name(String title, String givenNames, String surname) {

    /** "Mrs Jane Smith", skipping a missing title. */
    public String fullName() {
        String base = givenNames + " " + surname;
        return title == null || title.isBlank() ? base : title + " " + base;
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Name[redacted]";
    }
}
