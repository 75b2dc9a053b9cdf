package uk.caseview.ui.debt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RepaymentPlan;

class DebtViewModelTest {

    @Test
    void totalsEveryBalanceExactly() {
        assertThat(DebtViewModel.totalOutstanding(DebtSamples.three())).isEqualTo("£1,187.65");
        assertThat(DebtViewModel.caption(DebtSamples.three())).isEqualTo("Total outstanding across 2 open debts (3 on record)");
    }

    @Test
    void arrearsComeFirstThenLargestBalance() {
        assertThat(DebtViewModel.ordered(DebtSamples.three())).extracting(Debt::debtId).containsExactly("D1", "D2", "D3");
        assertThat(DebtViewModel.focusDebt(DebtViewModel.ordered(DebtSamples.three()))).get()
                .extracting(Debt::debtId).isEqualTo("D1");
    }

    @Test
    void describesThePlanAndNextInstalment() {
        Debt d = DebtSamples.overpayment();
        assertThat(DebtViewModel.planSummary(d.repaymentPlan())).isEqualTo("£25.00 monthly by benefit deduction");
        assertThat(DebtViewModel.nextInstalment(d)).isEqualTo("12 Jun 2025");
        assertThat(DebtViewModel.missed(d.repaymentPlan())).isEqualTo("2 missed payments");
        assertThat(DebtViewModel.nextInstalment(DebtSamples.advance())).isEqualTo("No repayment plan");
        assertThat(DebtViewModel.debtName(d)).isEqualTo("Overpayment (UC)");
        assertThat(DebtViewModel.benefit("universal_credit")).isEqualTo("Universal Credit");
        assertThat(DebtViewModel.benefit("tax_credits")).isEqualTo("Tax Credits");
    }

    @Test
    void aPlanNoLongerTakingPaymentsSaysSoInsteadOfADate() {
        RepaymentPlan live = DebtSamples.overpayment().repaymentPlan();
        assertThat(DebtViewModel.instalmentLine(live)).isEqualTo("Next instalment 12 Jun 2025");
        assertThat(DebtViewModel.instalmentLine(withStatus(live, PlanStatus.COMPLETED)))
                .isEqualTo("Paid in full: no more instalments");
        assertThat(DebtViewModel.instalmentLine(withStatus(live, PlanStatus.BROKEN)))
                .isEqualTo("No instalments are being taken");
    }

    private static RepaymentPlan withStatus(RepaymentPlan p, PlanStatus status) {
        return new RepaymentPlan(p.planId(), p.instalmentPence(), p.frequency(), p.method(), p.startDate(), p.endDate(),
                p.nextInstalmentDate(), status, p.missedPayments(), p.hardshipReason());
    }
}
