package uk.caseview.sdk.repayment;

import uk.caseview.sdk.model.debt.DebtTransaction;

/**
 * One ledger line with the balance recomputed from the amounts so far.
 *
 * @param runningBalancePence the sum of every amount up to and including this line
 */
public record ReconciledLine(DebtTransaction transaction, long runningBalancePence) {

    /** The balance the ledger states on this line differs from the recomputed one. */
    public boolean mismatch() {
        return transaction.balancePence() != runningBalancePence;
    }

    public long differencePence() {
        return transaction.balancePence() - runningBalancePence;
    }
}
