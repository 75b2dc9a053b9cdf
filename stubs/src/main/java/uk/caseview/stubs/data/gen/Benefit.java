package uk.caseview.stubs.data.gen;

import uk.caseview.sdk.model.Frequency;

/** The benefits in the contract, with how they are paid and a typical amount per payment. */
public enum Benefit {
    UNIVERSAL_CREDIT("universal_credit", "Universal Credit", Frequency.MONTHLY),
    STATE_PENSION("state_pension", "State Pension", Frequency.FOUR_WEEKLY),
    PIP("pip", "Personal Independence Payment", Frequency.FOUR_WEEKLY),
    PENSION_CREDIT("pension_credit", "Pension Credit", Frequency.FOUR_WEEKLY),
    CARERS_ALLOWANCE("carers_allowance", "Carer's Allowance", Frequency.WEEKLY),
    ESA("esa", "Employment and Support Allowance", Frequency.FORTNIGHTLY),
    JSA("jsa", "Jobseeker's Allowance", Frequency.FORTNIGHTLY),
    ATTENDANCE_ALLOWANCE("attendance_allowance", "Attendance Allowance", Frequency.FOUR_WEEKLY),
    CHILD_BENEFIT("child_benefit", "Child Benefit", Frequency.FOUR_WEEKLY),
    HOUSING_BENEFIT("housing_benefit", "Housing Benefit", Frequency.FOUR_WEEKLY);

    private final String code;
    private final String displayName;
    private final Frequency frequency;

    Benefit(String code, String displayName, Frequency frequency) {
        this.code = code;
        this.displayName = displayName;
        this.frequency = frequency;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public Frequency frequency() {
        return frequency;
    }
}
