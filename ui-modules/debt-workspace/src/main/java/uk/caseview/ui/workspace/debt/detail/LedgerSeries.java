package uk.caseview.ui.workspace.debt.detail;

import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.repayment.ReconciledLedger;
import uk.caseview.sdk.repayment.ReconciledLine;

/**
 * The ledger chart's points: one per day with transactions, using the recomputed running balance
 * (the stated one may be wrong; the banner says so) and the cumulative recoveries.
 */
public final class LedgerSeries {

    private LedgerSeries() {}

    public static List<BalancePoint> of(ReconciledLedger ledger) {
        List<BalancePoint> points = new ArrayList<>();
        long recovered = 0;
        for (ReconciledLine line : ledger.lines()) {
            DebtTransaction t = line.transaction();
            if (t.date() == null) {
                continue;
            }
            if (t.type() == DebtTransaction.Type.RECOVERY_DEDUCTION || t.type() == DebtTransaction.Type.DIRECT_PAYMENT) {
                recovered -= t.amountPence();
            }
            BalancePoint point = new BalancePoint(t.date(), line.runningBalancePence(), recovered);
            if (!points.isEmpty() && points.getLast().date().equals(t.date())) {
                points.set(points.size() - 1, point); // the day's last line is where the day ends
            } else {
                points.add(point);
            }
        }
        return points;
    }
}
