package uk.caseview.sdk.repayment;

import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtTransaction;

/**
 * Recomputes a debt's running balance from its transactions, in the order the ledger gives
 * them, and reports every disagreement: a line whose stated balance differs from the sum so far,
 * a ledger that does not add up to the outstanding balance, lines out of date order. Nothing is
 * corrected or hidden; the caseworker sees both figures.
 */
public final class LedgerReconciler {

    /** Beyond this many, mismatched lines are counted rather than listed one by one. */
    private static final int LISTED_LINE_FINDINGS = 5;

    public ReconciledLedger reconcile(DebtLedger ledger) {
        List<ReconciledLine> lines = new ArrayList<>(ledger.transactions().size());
        List<String> findings = new ArrayList<>();
        long running = 0;
        long raised = 0;
        long byDeduction = 0;
        long byDirect = 0;
        long adjustments = 0;
        long writtenOff = 0;
        int missed = 0;
        int mismatches = 0;
        DebtTransaction previous = null;
        boolean outOfOrder = false;
        for (DebtTransaction t : ledger.transactions()) {
            running = Math.addExact(running, t.amountPence());
            ReconciledLine line = new ReconciledLine(t, running);
            lines.add(line);
            switch (t.type()) {
                case RAISED -> raised += t.amountPence();
                case RECOVERY_DEDUCTION -> byDeduction -= t.amountPence();
                case DIRECT_PAYMENT -> byDirect -= t.amountPence();
                case ADJUSTMENT -> adjustments += t.amountPence();
                case WRITE_OFF -> writtenOff -= t.amountPence();
                case MISSED_PAYMENT -> missed++;
                case UNKNOWN -> findings.add("Line " + lines.size() + " is of a kind this version does not know;"
                        + " its amount is still counted.");
            }
            if (line.mismatch()) {
                mismatches++;
                if (mismatches <= LISTED_LINE_FINDINGS) {
                    findings.add("Line " + lines.size() + " (" + t.date() + ") states a balance of "
                            + Pence.format(t.balancePence()) + " but the amounts add up to " + Pence.format(running)
                            + ": a difference of " + Pence.format(line.differencePence()) + ".");
                }
            }
            if (previous != null && t.date() != null && previous.date() != null && t.date().isBefore(previous.date())) {
                outOfOrder = true;
            }
            previous = t;
        }
        if (mismatches > LISTED_LINE_FINDINGS) {
            findings.add((mismatches - LISTED_LINE_FINDINGS) + " more lines state a balance that differs from"
                    + " the running total.");
        }
        if (outOfOrder) {
            findings.add("The ledger is not in date order; running balances follow the order it was sent in.");
        }
        if (running != ledger.outstandingPence()) {
            findings.add("The ledger adds up to " + Pence.format(running) + " but the outstanding balance is "
                    + Pence.format(ledger.outstandingPence()) + ": a difference of "
                    + Pence.format(ledger.outstandingPence() - running) + ".");
        }
        LedgerTotals totals = new LedgerTotals(raised, byDeduction, byDirect, adjustments, writtenOff, missed);
        return new ReconciledLedger(ledger.debtId(), lines, running, ledger.outstandingPence(), totals, findings);
    }
}
