package uk.caseview.sdk.view;

/** The five APIs that make up a customer view, in the order a caseworker reads them. */
public enum Source {
    CITIZEN("Personal details", "Citizen service"),
    AWARD("Awards", "Award service"),
    EARNINGS("Earnings (RTI)", "Earnings service"),
    DEBT("Debts", "Debt service"),
    EVIDENCE("Evidence", "Evidence service");

    private final String displayName;
    private final String serviceName;

    Source(String displayName, String serviceName) {
        this.displayName = displayName;
        this.serviceName = serviceName;
    }

    /** The API behind this source as a caseworker would name it: "Earnings service". */
    public String serviceName() {
        return serviceName;
    }

    public String displayName() {
        return displayName;
    }
}
