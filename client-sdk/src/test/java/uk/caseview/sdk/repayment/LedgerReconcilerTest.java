package uk.caseview.sdk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtTransaction.Type;

class LedgerReconcilerTest {

    private static final LocalDate D = LocalDate.of(2025, 1, 1);
    private final LedgerReconciler reconciler = new LedgerReconciler();

    private static DebtTransaction tx(int day, Type type, long amount, long stated) {
        return new DebtTransaction("T" + day, D.plusDays(day), type, amount, stated, "");
    }

    private static List<DebtTransaction> consistentLines() {
        return List.of(
                tx(0, Type.RAISED, 120_000, 120_000),
                tx(30, Type.RECOVERY_DEDUCTION, -6_002, 113_998),
                tx(60, Type.MISSED_PAYMENT, 0, 113_998),
                tx(90, Type.DIRECT_PAYMENT, -10_000, 103_998),
                tx(95, Type.ADJUSTMENT, -3_998, 100_000),
                tx(120, Type.WRITE_OFF, -20_000, 80_000));
    }

    @Test
    void aConsistentLedgerReconcilesToThePenny() {
        ReconciledLedger r = reconciler.reconcile(new DebtLedger("D1", 80_000, consistentLines()));
        assertThat(r.reconciles()).isTrue();
        assertThat(r.findings()).isEmpty();
        assertThat(r.computedBalancePence()).isEqualTo(80_000);
        assertThat(r.lines()).extracting(ReconciledLine::runningBalancePence)
                .containsExactly(120_000L, 113_998L, 113_998L, 103_998L, 100_000L, 80_000L);
        assertThat(r.totals()).isEqualTo(new LedgerTotals(120_000, 6_002, 10_000, -3_998, 20_000, 1));
        assertThat(r.totals().recoveredPence()).isEqualTo(16_002);
    }

    @Test
    void anOutstandingBalanceThatDisagreesIsReportedWithBothFigures() {
        ReconciledLedger r = reconciler.reconcile(new DebtLedger("D1", 80_001, consistentLines()));
        assertThat(r.reconciles()).isFalse();
        assertThat(r.differencePence()).isEqualTo(1);
        assertThat(r.findings()).containsExactly(
                "The ledger adds up to £800.00 but the outstanding balance is £800.01: a difference of £0.01.");
    }

    @Test
    void aLineWhoseStatedBalanceIsWrongIsNamed() {
        List<DebtTransaction> lines = new java.util.ArrayList<>(consistentLines());
        lines.set(3, tx(90, Type.DIRECT_PAYMENT, -10_000, 104_998));
        ReconciledLedger r = reconciler.reconcile(new DebtLedger("D1", 80_000, lines));
        assertThat(r.reconciles()).isFalse();
        assertThat(r.mismatchedLines()).isEqualTo(1);
        assertThat(r.lines().get(3).mismatch()).isTrue();
        assertThat(r.lines().get(3).differencePence()).isEqualTo(1_000);
        assertThat(r.findings()).singleElement().asString()
                .startsWith("Line 4 (2025-04-01) states a balance of £1,049.98 but the amounts add up to £1,039.98");
    }

    @Test
    void manyBadLinesAreSummarisedNotListedEndlessly() {
        List<DebtTransaction> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(tx(i, Type.ADJUSTMENT, 100, 0));
        }
        ReconciledLedger r = reconciler.reconcile(new DebtLedger("D1", 2_000, lines));
        assertThat(r.mismatchedLines()).isEqualTo(20);
        assertThat(r.findings()).hasSize(6).last().asString().startsWith("15 more lines");
    }

    @Test
    void linesOutOfDateOrderAreNotedButStillCounted() {
        List<DebtTransaction> lines = List.of(tx(10, Type.RAISED, 1_000, 1_000), tx(5, Type.DIRECT_PAYMENT, -100, 900));
        ReconciledLedger r = reconciler.reconcile(new DebtLedger("D1", 900, lines));
        assertThat(r.reconciles()).isTrue();
        assertThat(r.findings()).singleElement().asString().contains("not in date order");
    }

    @Test
    void anEmptyLedgerOfAZeroDebtReconciles() {
        assertThat(reconciler.reconcile(new DebtLedger("D1", 0, List.of())).reconciles()).isTrue();
    }
}
