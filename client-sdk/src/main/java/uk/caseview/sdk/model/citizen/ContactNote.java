package uk.caseview.sdk.model.citizen;

import java.time.Instant;

public record ContactNote(String noteId, Instant recordedAt, String text, ContactChannel channel, String author) {

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "ContactNote[" + noteId + ", redacted]";
    }
}
