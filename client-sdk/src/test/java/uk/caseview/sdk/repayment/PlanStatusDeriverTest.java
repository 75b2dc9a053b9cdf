package uk.caseview.sdk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtTransaction.Type;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.RepaymentPlan;

class PlanStatusDeriverTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final long INSTALMENT = 5_000;
    private final PlanStatusDeriver deriver = new PlanStatusDeriver(RecoveryReferenceData.standard().planStatusRule());

    /** A ledger of £1,000.00 raised before the plan, then one line per letter: P paid, M missed, D double payment. */
    private static DebtLedger ledger(String outcomes) {
        List<DebtTransaction> lines = new ArrayList<>();
        long balance = 100_000;
        lines.add(new DebtTransaction("T0", START.minusMonths(1), Type.RAISED, balance, balance, "Overpayment"));
        for (int i = 0; i < outcomes.length(); i++) {
            LocalDate day = START.plusMonths(i);
            switch (outcomes.charAt(i)) {
                case 'P' -> {
                    balance -= INSTALMENT;
                    lines.add(new DebtTransaction("T" + i, day, Type.RECOVERY_DEDUCTION, -INSTALMENT, balance, ""));
                }
                case 'D' -> {
                    balance -= 2 * INSTALMENT;
                    lines.add(new DebtTransaction("T" + i, day, Type.DIRECT_PAYMENT, -2 * INSTALMENT, balance, ""));
                }
                default -> lines.add(new DebtTransaction("T" + i, day, Type.MISSED_PAYMENT, 0, balance, ""));
            }
        }
        return new DebtLedger("D1", balance, lines);
    }

    private static RepaymentPlan plan() {
        return new RepaymentPlan("P1", INSTALMENT, Frequency.MONTHLY, RecoveryMethod.BENEFIT_DEDUCTION, START, null,
                null, PlanStatus.ACTIVE, 0, null);
    }

    private PlanStanding derive(String outcomes) {
        return deriver.derive(plan(), ledger(outcomes));
    }

    @Test
    void everyInstalmentPaidIsActive() {
        assertThat(derive("PPPP").status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(derive("").status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void oneMissedNotMadeUpIsInArrears() {
        PlanStanding s = derive("PPMP");
        assertThat(s.status()).isEqualTo(PlanStatus.IN_ARREARS);
        assertThat(s.arrearsPence()).isEqualTo(INSTALMENT);
        assertThat(s.explanation()).isEqualTo("1 instalment missed; £50.00 not yet made up.");
    }

    @Test
    void aMissMadeUpByALargerPaymentIsActiveAgain() {
        PlanStanding s = derive("PMD");
        assertThat(s.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(s.missed()).isEqualTo(1);
        assertThat(s.arrearsPence()).isZero();
    }

    @Test
    void twoInARowIsBroken() {
        PlanStanding s = derive("PMMP");
        assertThat(s.status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(s.longestMissedRun()).isEqualTo(2);
        assertThat(s.explanation()).contains("2 instalments missed in a row");
    }

    @Test
    void threeInSixIsBrokenEvenWithPaymentsBetween() {
        assertThat(derive("MPMPMP").status()).isEqualTo(PlanStatus.BROKEN);
        // Three misses spread over seven instalments never put three in one window of six.
        assertThat(derive("MPPPPPMPM").status()).isEqualTo(PlanStatus.IN_ARREARS);
    }

    @Test
    void aBrokenPlanStaysBrokenAfterLaterPayments() {
        assertThat(derive("MMPPPPPPPP").status()).isEqualTo(PlanStatus.BROKEN);
    }

    @Test
    void nothingOutstandingIsCompleted() {
        DebtLedger cleared = new DebtLedger("D1", 0, List.of(
                new DebtTransaction("T0", START.minusDays(1), Type.RAISED, 10_000, 10_000, ""),
                new DebtTransaction("T1", START, Type.MISSED_PAYMENT, 0, 10_000, ""),
                new DebtTransaction("T2", START.plusMonths(1), Type.DIRECT_PAYMENT, -10_000, 0, "")));
        assertThat(deriver.derive(plan(), cleared).status()).isEqualTo(PlanStatus.COMPLETED);
    }

    @Test
    void linesBeforeThePlanStartedDoNotCount() {
        DebtLedger ledger = ledger("PP");
        List<DebtTransaction> withOldMisses = new ArrayList<>();
        withOldMisses.add(new DebtTransaction("X1", START.minusMonths(3), Type.MISSED_PAYMENT, 0, 0, "old plan"));
        withOldMisses.add(new DebtTransaction("X2", START.minusMonths(2), Type.MISSED_PAYMENT, 0, 0, "old plan"));
        withOldMisses.addAll(ledger.transactions());
        PlanStanding s = deriver.derive(plan(), new DebtLedger("D1", ledger.outstandingPence(), withOldMisses));
        assertThat(s.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(s.instalmentsSeen()).isEqualTo(2);
    }
}
