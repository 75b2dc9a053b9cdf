package uk.caseview.sdk.model.citizen;

public record NewContactNote(String text, ContactChannel channel) {

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "NewContactNote[redacted]";
    }
}
