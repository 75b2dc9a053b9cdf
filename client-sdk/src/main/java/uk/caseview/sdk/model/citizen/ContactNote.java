package uk.caseview.sdk.model.citizen;

import java.time.Instant;

public record ContactNote(String noteId, Instant recordedAt, String text, ContactChannel channel, String author) {}
