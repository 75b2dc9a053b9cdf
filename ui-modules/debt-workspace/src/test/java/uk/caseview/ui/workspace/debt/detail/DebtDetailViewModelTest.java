package uk.caseview.ui.workspace.debt.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.repayment.RecoveryReferenceData;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.workspace.debt.FakeDebtService;

class DebtDetailViewModelTest {

    private final FakeDebtService service = new FakeDebtService();
    private final BackgroundTasks now = new BackgroundTasks(Runnable::run, Runnable::run);

    private DebtDetailViewModel model() {
        return new DebtDetailViewModel(service, now, RecoveryReferenceData.standard(), FakeDebtService.NINO,
                FakeDebtService.DEBT_ID);
    }

    @Test
    void loadsTheDebtReconcilesItsLedgerAndDerivesThePlanStatus() {
        DebtDetailViewModel m = model();
        m.load();
        DebtDetails d = m.details().orElseThrow();
        assertThat(d.ledger().reconciles()).isTrue();
        assertThat(d.ledger().totals().recoveredPence()).isEqualTo(15_000);
        assertThat(d.standing().status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(d.planStatusDisagrees()).isFalse();
        assertThat(m.loadingProperty().get()).isFalse();
    }

    @Test
    void theChartHasOnePointPerDayWithBalanceAndRecoveries() {
        DebtDetailViewModel m = model();
        m.load();
        assertThat(m.chartProperty().get()).hasSize(6).last()
                .isEqualTo(new BalancePoint(LocalDate.of(2025, 12, 1), 105_000, 15_000));
    }

    @Test
    void aLedgerOutByAPennyIsFlagged() {
        service.ledgerOutByAPenny = true;
        DebtDetailViewModel m = model();
        m.load();
        assertThat(m.details().orElseThrow().ledger().reconciles()).isFalse();
        assertThat(m.details().orElseThrow().ledger().findings())
                .anySatisfy(f -> assertThat(f).contains("a difference of £0.01"));
    }

    @Test
    void aServerThatIsDownGivesASentenceNotAStackTrace() {
        service.down = true;
        DebtDetailViewModel m = model();
        m.load();
        assertThat(m.details()).isEmpty();
        assertThat(m.failureProperty().get()).startsWith("This debt could not be loaded.")
                .doesNotContain("Exception");
    }

    @Test
    void aDebtNoLongerOnTheRecordSaysSo() {
        DebtDetailViewModel m = new DebtDetailViewModel(service, now, RecoveryReferenceData.standard(),
                FakeDebtService.NINO, "D-GONE");
        m.load();
        assertThat(m.failureProperty().get()).contains("no longer on the customer's record");
    }
}
