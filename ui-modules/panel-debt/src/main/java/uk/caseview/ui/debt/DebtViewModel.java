package uk.caseview.ui.debt;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.ui.flag.FlagScan;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.Labels;
import uk.caseview.ui.format.Money;
import uk.caseview.ui.theme.Tone;

/** The debt summary's figures and wording, without nodes. */
final class DebtViewModel {

    /** The debt workspace's id, as its provider declares it. */
    static final String WORKSPACE_ID = "debt";

    private DebtViewModel() {}

    static String totalOutstanding(Debts debts) {
        return Money.format(debts.totalOutstandingPence());
    }

    static String caption(Debts debts) {
        if (debts.debts().isEmpty()) {
            return "No debts on record";
        }
        long open = debts.debts().stream().filter(d -> d.outstandingPence() > 0).count();
        return "Total outstanding across " + open + " open debt" + (open == 1 ? "" : "s")
                + " (" + debts.debts().size() + " on record)";
    }

    /** Arrears first, then largest balance first: the order a caseworker deals with them. */
    static List<Debt> ordered(Debts debts) {
        return debts.debts().stream()
                .sorted(Comparator.comparing((Debt d) -> !FlagScan.inArrears(d))
                        .thenComparing(Comparator.comparingLong(Debt::outstandingPence).reversed()))
                .toList();
    }

    /** The debt whose plan the summary shows first: one in arrears, else any with a live plan. */
    static Optional<Debt> focusDebt(List<Debt> ordered) {
        return ordered.stream().filter(d -> d.repaymentPlan() != null && isLive(d.repaymentPlan())).findFirst()
                .or(() -> ordered.stream().findFirst());
    }

    static long inArrearsCount(Debts debts) {
        return debts.debts().stream().filter(FlagScan::inArrears).count();
    }

    static boolean isLive(RepaymentPlan plan) {
        return plan.status() == PlanStatus.ACTIVE || plan.status() == PlanStatus.IN_ARREARS;
    }

    /** "£25.00 monthly by benefit deduction". */
    static String planSummary(RepaymentPlan plan) {
        return Money.format(plan.instalmentPence()) + " " + frequency(plan.frequency()) + " by "
                + Labels.humanise(plan.method()).toLowerCase(java.util.Locale.UK);
    }

    static String nextInstalment(Debt debt) {
        RepaymentPlan plan = debt.repaymentPlan();
        if (plan == null) {
            return "No repayment plan";
        }
        if (!isLive(plan)) {
            return "Plan " + Labels.humanise(plan.status()).toLowerCase(java.util.Locale.UK);
        }
        return plan.nextInstalmentDate() == null ? "–" : Dates.format(plan.nextInstalmentDate());
    }

    /**
     * The plan card's instalment line. A plan that is no longer taking payments says why there is no
     * date, rather than repeating the status pill beside it ("Next instalment Plan completed").
     */
    static String instalmentLine(RepaymentPlan plan) {
        if (isLive(plan)) {
            return "Next instalment " + (plan.nextInstalmentDate() == null ? "–" : Dates.format(plan.nextInstalmentDate()));
        }
        return switch (plan.status()) {
            case COMPLETED -> "Paid in full: no more instalments";
            case BROKEN -> "No instalments are being taken";
            default -> "No instalment date on record";
        };
    }

    static String missed(RepaymentPlan plan) {
        return plan.missedPayments() == 0 ? "No missed payments"
                : plan.missedPayments() + " missed payment" + (plan.missedPayments() == 1 ? "" : "s");
    }

    static String debtName(Debt debt) {
        String type = Labels.humanise(debt.type());
        return debt.benefit() == null || debt.benefit().isBlank() ? type : type + " (" + benefit(debt.benefit()) + ")";
    }

    /** The API names benefits by code ("universal_credit"); a caseworker reads "Universal Credit". */
    static String benefit(String code) {
        if (code.length() <= 4 && code.equals(code.toUpperCase(java.util.Locale.UK))) {
            return code; // already an abbreviation: UC, PIP, ESA
        }
        StringBuilder sb = new StringBuilder();
        for (String word : code.replace('_', ' ').trim().split("\\s+")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }

    /** Every status the table can show, so its column keeps room for the longest ("Written off"). */
    static List<String> statusLabels() {
        return java.util.Arrays.stream(DebtStatus.values()).map(Labels::humanise).toList();
    }

    static Tone tone(DebtStatus status) {
        return switch (status) {
            case ACTIVE -> Tone.INFO;
            case IN_ARREARS, BROKEN -> Tone.DANGER;
            case ON_HOLD -> Tone.WARNING;
            case CLEARED -> Tone.SUCCESS;
            case WRITTEN_OFF, UNKNOWN -> Tone.NEUTRAL;
        };
    }

    static Tone tone(PlanStatus status) {
        return switch (status) {
            case ACTIVE -> Tone.SUCCESS;
            case IN_ARREARS, BROKEN -> Tone.DANGER;
            case COMPLETED, UNKNOWN -> Tone.NEUTRAL;
        };
    }

    static String frequency(Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> "weekly";
            case FORTNIGHTLY -> "fortnightly";
            case FOUR_WEEKLY -> "four-weekly";
            case MONTHLY -> "monthly";
            case UNKNOWN -> "";
        };
    }
}
