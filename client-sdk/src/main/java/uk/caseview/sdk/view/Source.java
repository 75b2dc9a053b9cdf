package uk.caseview.sdk.view;

/** The five APIs that make up a customer view, in the order a caseworker reads them. */
public enum Source {
    CITIZEN("Personal details"),
    AWARD("Awards"),
    EARNINGS("Earnings (RTI)"),
    DEBT("Debts"),
    EVIDENCE("Evidence");

    private final String displayName;

    Source(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
