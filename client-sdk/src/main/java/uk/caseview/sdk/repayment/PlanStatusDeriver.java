package uk.caseview.sdk.repayment;

import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RepaymentPlan;

/**
 * Derives a plan's status from the ledger lines since the plan started, in this order:
 * <ol>
 *   <li>completed: nothing is outstanding;</li>
 *   <li>broken: the reference data's run of consecutive missed instalments (2), or its count of
 *       misses within a window of instalments (3 in 6), at any point since the plan started. A
 *       broken plan stays broken after later payments; only a new plan starts the count again;</li>
 *   <li>in arrears: an instalment was missed and the payments since have not made it up;</li>
 *   <li>active: otherwise.</li>
 * </ol>
 * Each recovery (deduction or direct payment) and each missed-payment line counts as one instalment.
 */
public final class PlanStatusDeriver {

    private final PlanStatusRule rule;

    public PlanStatusDeriver(PlanStatusRule rule) {
        this.rule = rule;
    }

    public PlanStanding derive(RepaymentPlan plan, DebtLedger ledger) {
        List<Boolean> missedFlags = new ArrayList<>();
        long paid = 0;
        for (DebtTransaction t : ledger.transactions()) {
            if (plan.startDate() != null && t.date() != null && t.date().isBefore(plan.startDate())) {
                continue;
            }
            switch (t.type()) {
                case RECOVERY_DEDUCTION, DIRECT_PAYMENT -> {
                    missedFlags.add(false);
                    paid += -t.amountPence(); // recoveries are negative on the ledger
                }
                case MISSED_PAYMENT -> missedFlags.add(true);
                default -> {}
            }
        }

        int missed = 0;
        int run = 0;
        int longestRun = 0;
        int mostInWindow = 0;
        for (int i = 0; i < missedFlags.size(); i++) {
            if (missedFlags.get(i)) {
                missed++;
                run++;
                longestRun = Math.max(longestRun, run);
            } else {
                run = 0;
            }
            int inWindow = 0;
            for (int j = Math.max(0, i - rule.windowInstalments() + 1); j <= i; j++) {
                if (missedFlags.get(j)) {
                    inWindow++;
                }
            }
            mostInWindow = Math.max(mostInWindow, inWindow);
        }
        long due = Math.multiplyExact((long) missedFlags.size(), plan.instalmentPence());
        long arrears = Math.max(0, Math.min(due - paid, ledger.outstandingPence()));
        int seen = missedFlags.size();

        if (ledger.outstandingPence() <= 0) {
            return new PlanStanding(PlanStatus.COMPLETED, seen, missed, longestRun, mostInWindow, 0,
                    "Nothing is outstanding: the plan is complete.");
        }
        if (longestRun >= rule.consecutiveMisses()) {
            return new PlanStanding(PlanStatus.BROKEN, seen, missed, longestRun, mostInWindow, arrears,
                    longestRun + " instalments missed in a row; a plan breaks at " + rule.consecutiveMisses() + ".");
        }
        if (mostInWindow >= rule.missesInWindow()) {
            return new PlanStanding(PlanStatus.BROKEN, seen, missed, longestRun, mostInWindow, arrears,
                    mostInWindow + " of " + rule.windowInstalments() + " instalments in a row missed; a plan breaks at "
                            + rule.missesInWindow() + " in " + rule.windowInstalments() + ".");
        }
        if (missed > 0 && arrears > 0) {
            return new PlanStanding(PlanStatus.IN_ARREARS, seen, missed, longestRun, mostInWindow, arrears,
                    missed + (missed == 1 ? " instalment" : " instalments") + " missed; "
                            + Pence.format(arrears) + " not yet made up.");
        }
        return new PlanStanding(PlanStatus.ACTIVE, seen, missed, longestRun, mostInWindow, 0,
                missed == 0 ? "Every instalment paid." : "Missed instalments have been made up.");
    }
}
