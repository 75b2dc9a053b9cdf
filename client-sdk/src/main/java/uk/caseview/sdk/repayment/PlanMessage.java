package uk.caseview.sdk.repayment;

/** One finding about a proposed plan, worded for the caseworker. An error stops the plan being agreed. */
public record PlanMessage(Severity severity, Code code, String text) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public enum Code {
        NOTHING_OWED,
        FREQUENCY_MISSING,
        START_MISSING,
        START_IN_PAST,
        NEVER_CLEARS,
        TOO_LONG,
        BELOW_MINIMUM,
        CIRCUMSTANCE_MISSING,
        EXCEEDS_CAP,
        HARDSHIP_REASON_REQUIRED,
        HARDSHIP_REASON_TOO_LONG,
        NO_REFERENCE_DATA
    }

    public static PlanMessage error(Code code, String text) {
        return new PlanMessage(Severity.ERROR, code, text);
    }

    public static PlanMessage warning(Code code, String text) {
        return new PlanMessage(Severity.WARNING, code, text);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
