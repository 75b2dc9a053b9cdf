package uk.caseview.ui.workspace.debt.detail;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import uk.caseview.sdk.client.DebtApi;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.repayment.LedgerReconciler;
import uk.caseview.sdk.repayment.PlanStanding;
import uk.caseview.sdk.repayment.PlanStatusDeriver;
import uk.caseview.sdk.repayment.RecoveryReferenceData;
import uk.caseview.sdk.repayment.ReconciledLedger;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.workspace.debt.Problems;

/**
 * Loads one debt and its ledger, reconciles the ledger and derives the plan's status. The heavy
 * part (two calls, the reconciliation) runs off the FX thread; the result lands in one property.
 */
public final class DebtDetailViewModel {

    private final DebtApi api;
    private final BackgroundTasks tasks;
    private final String nino;
    private final String debtId;
    private final LedgerReconciler reconciler = new LedgerReconciler();
    private final PlanStatusDeriver deriver;

    private final ReadOnlyObjectWrapper<DebtDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<BalancePoint>> chart = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public DebtDetailViewModel(DebtApi api, BackgroundTasks tasks, RecoveryReferenceData rules, String nino, String debtId) {
        this.api = api;
        this.tasks = tasks;
        this.nino = nino;
        this.debtId = debtId;
        this.deriver = new PlanStatusDeriver(rules.planStatusRule());
    }

    public void load() {
        loading.set(true);
        failure.set(null);
        tasks.run(this::fetch, loaded -> {
            loading.set(false);
            details.set(loaded.details());
            chart.set(loaded.points());
        }, error -> {
            loading.set(false);
            failure.set(Problems.describe("This debt could not be loaded.", error));
        });
    }

    /** After a plan is agreed the debt service has a new version: show it. */
    public void showUpdated(Debt debt) {
        DebtDetails now = details.get();
        if (now != null && debt != null && debt.debtId().equals(debtId)) {
            load(); // the ledger and the plan's status come from the server again, not guessed here
        }
    }

    private Loaded fetch() {
        Debts debts = api.getDebts(nino);
        Debt debt = debts.debts().stream().filter(d -> debtId.equals(d.debtId())).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("debt not on the citizen's record"));
        DebtLedger ledger = api.getLedger(debtId);
        ReconciledLedger reconciled = reconciler.reconcile(ledger);
        PlanStanding standing = debt.repaymentPlan() == null ? null : deriver.derive(debt.repaymentPlan(), ledger);
        return new Loaded(new DebtDetails(debt, reconciled, standing), LedgerSeries.of(reconciled));
    }

    private record Loaded(DebtDetails details, List<BalancePoint> points) {}

    public ReadOnlyObjectProperty<DebtDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public Optional<DebtDetails> details() {
        return Optional.ofNullable(details.get());
    }

    public ReadOnlyObjectProperty<List<BalancePoint>> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public String nino() {
        return nino;
    }

    public String debtId() {
        return debtId;
    }
}
