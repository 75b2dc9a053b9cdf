package uk.caseview.stubs.worklist;

import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtTransaction;

/**
 * When a debt next needs someone's attention, as the worklist shows it: a week after a missed
 * instalment for arrears, a fortnight after the last miss for a broken plan (decide what next),
 * three months after recovery paused for a debt on hold, the next instalment for an active plan,
 * and never for a cleared or written-off debt.
 */
public final class NextAction {

    private NextAction() {}

    public static LocalDate due(Debt debt, List<DebtTransaction> ledger) {
        return switch (debt.status()) {
            case IN_ARREARS -> lastMissed(ledger, debt.raisedOn()).plusDays(7);
            case BROKEN -> lastMissed(ledger, debt.raisedOn()).plusDays(14);
            case ON_HOLD -> ledger.getLast().date().plusDays(90);
            case ACTIVE -> debt.repaymentPlan() == null ? null : debt.repaymentPlan().nextInstalmentDate();
            default -> null;
        };
    }

    private static LocalDate lastMissed(List<DebtTransaction> ledger, LocalDate otherwise) {
        for (int i = ledger.size() - 1; i >= 0; i--) {
            if (ledger.get(i).type() == DebtTransaction.Type.MISSED_PAYMENT) {
                return ledger.get(i).date();
            }
        }
        return ledger.isEmpty() ? otherwise : ledger.getLast().date();
    }
}
