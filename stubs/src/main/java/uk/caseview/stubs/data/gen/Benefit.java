package uk.caseview.stubs.data.gen;

import uk.caseview.sdk.model.Frequency;

/** The benefits in the contract, with how they are paid and a typical amount per payment. */
public enum Benefit {
    UNIVERSAL_CREDIT("universal_credit", "Universal Credit", "Credyd Cynhwysol", Frequency.MONTHLY),
    STATE_PENSION("state_pension", "State Pension", "Pensiwn y Wladwriaeth", Frequency.FOUR_WEEKLY),
    PIP("pip", "Personal Independence Payment", "Taliad Annibyniaeth Personol", Frequency.FOUR_WEEKLY),
    PENSION_CREDIT("pension_credit", "Pension Credit", "Credyd Pensiwn", Frequency.FOUR_WEEKLY),
    CARERS_ALLOWANCE("carers_allowance", "Carer's Allowance", "Lwfans Gofalwr", Frequency.WEEKLY),
    ESA("esa", "Employment and Support Allowance", "Lwfans Cyflogaeth a Chymorth", Frequency.FORTNIGHTLY),
    JSA("jsa", "Jobseeker's Allowance", "Lwfans Ceisio Gwaith", Frequency.FORTNIGHTLY),
    ATTENDANCE_ALLOWANCE("attendance_allowance", "Attendance Allowance", "Lwfans Gweini", Frequency.FOUR_WEEKLY),
    CHILD_BENEFIT("child_benefit", "Child Benefit", "Budd-dal Plant", Frequency.FOUR_WEEKLY),
    HOUSING_BENEFIT("housing_benefit", "Housing Benefit", "Budd-dal Tai", Frequency.FOUR_WEEKLY);

    private final String code;
    private final String displayName;
    private final String welshName;
    private final Frequency frequency;

    Benefit(String code, String displayName, String welshName, Frequency frequency) {
        this.code = code;
        this.displayName = displayName;
        this.welshName = welshName;
        this.frequency = frequency;
    }

    /** The benefit with this contract code, if there is one. */
    public static java.util.Optional<Benefit> ofCode(String code) {
        return java.util.Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** The benefit's name in Welsh, as the department's Welsh letters spell it. */
    public String welshName() {
        return welshName;
    }

    public Frequency frequency() {
        return frequency;
    }
}
