package uk.caseview.ui.workspace.debt.detail;

import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.repayment.PlanStanding;
import uk.caseview.sdk.repayment.ReconciledLedger;

/**
 * One debt as the detail screen shows it: the debt, its ledger checked line by line, and the
 * plan's status as the ledger shows it (null when there is no plan).
 */
public record DebtDetails(Debt debt, ReconciledLedger ledger, PlanStanding standing) {

    /** The debt service's own plan status disagrees with what the ledger shows. */
    public boolean planStatusDisagrees() {
        return standing != null && debt.repaymentPlan() != null && debt.repaymentPlan().status() != null
                && debt.repaymentPlan().status() != standing.status();
    }

    @Override
    public String toString() {
        return "DebtDetails[" + debt.debtId() + "]";
    }
}
