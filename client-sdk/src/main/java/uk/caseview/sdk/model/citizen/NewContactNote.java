package uk.caseview.sdk.model.citizen;

public record NewContactNote(String text, ContactChannel channel) {}
