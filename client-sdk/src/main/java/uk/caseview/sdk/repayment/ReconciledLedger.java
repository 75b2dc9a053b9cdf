package uk.caseview.sdk.repayment;

import java.util.List;

/**
 * A ledger checked line by line. {@code findings} says, in words, every place the stated
 * balances disagree with the amounts, plus anything odd about the ledger (lines out of date
 * order, kinds this version does not know).
 *
 * @param computedBalancePence the sum of every amount on the ledger
 * @param outstandingPence the debt's outstanding balance as the debt service states it
 */
public record ReconciledLedger(
        String debtId,
        List<ReconciledLine> lines,
        long computedBalancePence,
        long outstandingPence,
        LedgerTotals totals,
        List<String> findings) {

    public ReconciledLedger {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
    }

    /** Every stated balance matches the running total, and the total matches the outstanding balance. */
    public boolean reconciles() {
        return differencePence() == 0 && mismatchedLines() == 0;
    }

    /** Outstanding balance less what the ledger adds up to: 0 when they agree. */
    public long differencePence() {
        return outstandingPence - computedBalancePence;
    }

    public long mismatchedLines() {
        return lines.stream().filter(ReconciledLine::mismatch).count();
    }
}
