package uk.caseview.stubs.data.gen;

import java.util.List;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.stubs.data.CitizenData;
import uk.caseview.stubs.data.build.DebtBuilder;
import uk.caseview.stubs.data.build.EarningsAlerts;

/**
 * One generated citizen, computing each part on first use. Lives for one request: it is cheap to
 * make and never shared between threads.
 */
final class GeneratedCitizen implements CitizenData {

    private final Population population;
    private final Profile profile;
    private List<Employment> employments;
    private List<DebtBuilder.Built> debts;

    GeneratedCitizen(Population population, Profile profile) {
        this.population = population;
        this.profile = profile;
    }

    @Override
    public Citizen citizen() {
        return population.citizens().citizen(profile);
    }

    @Override
    public List<Employment> employments() {
        if (employments == null) {
            employments = population.earnings().employments(profile);
        }
        return employments;
    }

    @Override
    public List<EarningsAlert> alerts() {
        return EarningsAlerts.derive(employments(), EarningsAlerts.DEFAULT_MONTHLY_THRESHOLD_PENCE);
    }

    @Override
    public List<Award> awards() {
        return population.awards().awards(profile, employments(), debts());
    }

    @Override
    public List<Debt> debts() {
        return built().stream().map(DebtBuilder.Built::debt).toList();
    }

    @Override
    public List<DebtTransaction> ledger(String debtId) {
        return built().stream().filter(b -> b.debt().debtId().equals(debtId)).findFirst()
                .map(DebtBuilder.Built::ledger).orElse(null);
    }

    @Override
    public List<EvidenceItem> evidence() {
        return population.evidence().evidence(profile);
    }

    @Override
    public List<ContactNote> notes() {
        int index = profile.identity().index();
        return population.notes().notes(index, index);
    }

    private List<DebtBuilder.Built> built() {
        if (debts == null) {
            debts = population.debts().debts(profile);
        }
        return debts;
    }

    @Override
    public String toString() {
        return "GeneratedCitizen[redacted]";
    }
}
