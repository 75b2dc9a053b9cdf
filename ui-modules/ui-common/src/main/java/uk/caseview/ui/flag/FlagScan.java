package uk.caseview.ui.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.SourceState;

/**
 * Reads the flags out of a customer view. A source that has not loaded raises nothing: the
 * banner only states what the data says, and the panel's own state says the rest.
 */
public final class FlagScan {

    private FlagScan() {}

    public static List<RaisedFlag> of(CustomerView view, LocalDate today) {
        List<RaisedFlag> raised = new ArrayList<>();
        if (view.citizen() instanceof SourceState.Loaded<Citizen> c) {
            Citizen citizen = c.value();
            uk.caseview.sdk.model.citizen.CautionMarker caution = citizen.flags().caution();
            if (caution != null) {
                raised.add(new RaisedFlag(CustomerFlag.CAUTION, caution.reason()
                        + (caution.recordedOn() == null ? "" : " (recorded "
                                + uk.caseview.ui.format.Dates.format(caution.recordedOn()) + ")")));
            }
            if (citizen.flags().deceased() || citizen.dateOfDeath() != null) {
                raised.add(new RaisedFlag(CustomerFlag.DECEASED,
                        citizen.dateOfDeath() == null ? "Recorded as deceased"
                                : "Died " + uk.caseview.ui.format.Dates.format(citizen.dateOfDeath())));
            }
            if (citizen.flags().restrictedRecord()) {
                raised.add(new RaisedFlag(CustomerFlag.RESTRICTED_RECORD, "Access is audited; disclose nothing without checks"));
            }
            if (citizen.flags().vulnerable()) {
                String note = citizen.flags().vulnerabilityNote();
                raised.add(new RaisedFlag(CustomerFlag.VULNERABLE,
                        note == null || note.isBlank() ? "Take extra care on this call" : note));
            }
            if (citizen.hasAppointee()) {
                raised.add(new RaisedFlag(CustomerFlag.APPOINTEE_ACTING, "Someone acts on this person's behalf"));
            }
        }
        if (view.earnings() instanceof SourceState.Loaded<uk.caseview.sdk.model.earnings.Earnings> e
                && !e.value().alerts().isEmpty()) {
            raised.add(new RaisedFlag(CustomerFlag.EARNINGS_ALERT, count(e.value().alerts().size(), "alert")));
        }
        if (view.debts() instanceof SourceState.Loaded<uk.caseview.sdk.model.debt.Debts> d) {
            long inArrears = d.value().debts().stream().filter(FlagScan::inArrears).count();
            if (inArrears > 0) {
                raised.add(new RaisedFlag(CustomerFlag.DEBT_IN_ARREARS, count(inArrears, "debt")));
            }
        }
        if (view.evidence() instanceof SourceState.Loaded<uk.caseview.sdk.model.evidence.EvidenceList> ev) {
            long overdue = ev.value().items().stream().filter(i -> i.isOverdueOn(today)).count();
            if (overdue > 0) {
                raised.add(new RaisedFlag(CustomerFlag.EVIDENCE_OVERDUE, count(overdue, "item") + " past due"));
            }
        }
        return raised;
    }

    public static boolean inArrears(Debt debt) {
        return debt.status() == DebtStatus.IN_ARREARS
                || (debt.repaymentPlan() != null && debt.repaymentPlan().status() == PlanStatus.IN_ARREARS);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
