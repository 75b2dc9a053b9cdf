package uk.caseview.stubs.data;

import java.util.List;
import java.util.Map;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.evidence.EvidenceItem;

/** A citizen's data held in full: a persona, or a generated citizen with a trainee's changes on top. */
public record CitizenRecord(
        Citizen citizen,
        List<Employment> employments,
        List<EarningsAlert> alerts,
        List<Award> awards,
        List<Debt> debts,
        Map<String, List<DebtTransaction>> ledgers,
        List<EvidenceItem> evidence,
        List<ContactNote> notes) implements CitizenData {

    public CitizenRecord {
        employments = List.copyOf(employments);
        alerts = List.copyOf(alerts);
        awards = List.copyOf(awards);
        debts = List.copyOf(debts);
        ledgers = Map.copyOf(ledgers);
        evidence = List.copyOf(evidence);
        notes = List.copyOf(notes);
    }

    public static CitizenRecord copyOf(CitizenData data) {
        if (data instanceof CitizenRecord record) {
            return record;
        }
        Map<String, List<DebtTransaction>> ledgers = new java.util.HashMap<>();
        for (Debt debt : data.debts()) {
            ledgers.put(debt.debtId(), data.ledger(debt.debtId()));
        }
        return new CitizenRecord(data.citizen(), data.employments(), data.alerts(), data.awards(), data.debts(),
                ledgers, data.evidence(), data.notes());
    }

    public CitizenRecord withCitizen(Citizen c) {
        return new CitizenRecord(c, employments, alerts, awards, debts, ledgers, evidence, notes);
    }

    public CitizenRecord withAwards(List<Award> a) {
        return new CitizenRecord(citizen, employments, alerts, a, debts, ledgers, evidence, notes);
    }

    public CitizenRecord withDebts(List<Debt> d) {
        return new CitizenRecord(citizen, employments, alerts, awards, d, ledgers, evidence, notes);
    }

    public CitizenRecord withEvidence(List<EvidenceItem> e) {
        return new CitizenRecord(citizen, employments, alerts, awards, debts, ledgers, e, notes);
    }

    public CitizenRecord withNotes(List<ContactNote> n) {
        return new CitizenRecord(citizen, employments, alerts, awards, debts, ledgers, evidence, n);
    }

    @Override
    public List<DebtTransaction> ledger(String debtId) {
        return ledgers.get(debtId);
    }

    @Override
    public String toString() {
        return "CitizenRecord[redacted]";
    }
}
