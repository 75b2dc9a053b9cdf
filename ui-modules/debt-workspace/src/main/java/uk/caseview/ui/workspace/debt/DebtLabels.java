package uk.caseview.ui.workspace.debt;

import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.ui.theme.Tone;

/** The words debt staff use for the contract's codes. */
public final class DebtLabels {

    private DebtLabels() {}

    public static String of(DebtType t) {
        if (t == null) {
            return "";
        }
        return switch (t) {
            case OVERPAYMENT -> "Overpayment";
            case ADVANCE -> "Advance";
            case HARDSHIP -> "Hardship payment";
            case BUDGETING_LOAN -> "Budgeting loan";
            case SOCIAL_FUND -> "Social Fund loan";
            case TAX_CREDIT -> "Tax credit overpayment";
            case ADMIN_PENALTY -> "Administrative penalty";
            case UNKNOWN -> "Other";
        };
    }

    public static String of(DebtStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case ACTIVE -> "Active";
            case IN_ARREARS -> "In arrears";
            case BROKEN -> "Broken";
            case WRITTEN_OFF -> "Written off";
            case CLEARED -> "Cleared";
            case ON_HOLD -> "On hold";
            case UNKNOWN -> "Unknown";
        };
    }

    public static String of(PlanStatus s) {
        if (s == null) {
            return "No plan";
        }
        return switch (s) {
            case ACTIVE -> "Active";
            case IN_ARREARS -> "In arrears";
            case BROKEN -> "Broken";
            case COMPLETED -> "Completed";
            case UNKNOWN -> "Unknown";
        };
    }

    /** How much a plan status should catch the eye. */
    public static Tone toneOf(PlanStatus s) {
        if (s == null) {
            return Tone.NEUTRAL;
        }
        return switch (s) {
            case ACTIVE -> Tone.SUCCESS;
            case IN_ARREARS -> Tone.WARNING;
            case BROKEN -> Tone.DANGER;
            case COMPLETED, UNKNOWN -> Tone.NEUTRAL;
        };
    }

    public static String of(RecoveryMethod m) {
        if (m == null) {
            return "";
        }
        return switch (m) {
            case BENEFIT_DEDUCTION -> "Deduction from benefit";
            case DIRECT_PAYMENT -> "Direct payment";
            case NONE -> "None";
            case UNKNOWN -> "Unknown";
        };
    }

    public static String of(Frequency f) {
        if (f == null) {
            return "";
        }
        return switch (f) {
            case WEEKLY -> "Weekly";
            case FORTNIGHTLY -> "Fortnightly";
            case FOUR_WEEKLY -> "Every 4 weeks";
            case MONTHLY -> "Monthly";
            case UNKNOWN -> "Unknown";
        };
    }

    public static String of(DebtTransaction.Type t) {
        if (t == null) {
            return "";
        }
        return switch (t) {
            case RAISED -> "Debt raised";
            case RECOVERY_DEDUCTION -> "Recovered by deduction";
            case DIRECT_PAYMENT -> "Direct payment";
            case ADJUSTMENT -> "Adjustment";
            case WRITE_OFF -> "Written off";
            case MISSED_PAYMENT -> "Missed payment";
            case UNKNOWN -> "Other";
        };
    }
}
