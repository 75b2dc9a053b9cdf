package uk.caseview.sdk.model.award;

public record Deduction(String reason, long amountPence, String debtId) {}
