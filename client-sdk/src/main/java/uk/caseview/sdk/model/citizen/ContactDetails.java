package uk.caseview.sdk.model.citizen;

public record ContactDetails(String phone, String mobile, String email) {}
