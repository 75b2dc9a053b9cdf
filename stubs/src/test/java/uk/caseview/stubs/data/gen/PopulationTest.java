package uk.caseview.stubs.data.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.Relationship;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.repayment.PlanStanding;
import uk.caseview.sdk.repayment.PlanStatusDeriver;
import uk.caseview.sdk.repayment.RecoveryReferenceData;
import uk.caseview.stubs.data.CitizenData;
import uk.caseview.stubs.data.NinoScheme;

/**
 * Invariants over a spread of the 15 million generated citizens (every 7,500th): ledgers reconcile,
 * cross-references hold, couples agree, and the distributions cover every case the issue lists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final int SIZE = 15_000_000;
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$");

    private final Population population = new Population(42, SIZE, TODAY);
    private final List<CitizenData> sample = new ArrayList<>();

    @BeforeAll
    void generate() {
        for (int i = 0; i < SIZE; i += 7_500) {
            sample.add(population.citizen(i));
        }
        sample.add(population.citizen(SIZE - 1));
    }

    @Test
    void ninosAreValidSyntheticAndTheirOwn() {
        for (CitizenData c : sample) {
            String nino = c.citizen().nino();
            assertThat(Nino.isValid(nino)).isTrue();
            assertThat(Nino.parse(nino).isSynthetic()).isTrue();
            assertThat(population.contains(NinoScheme.indexOf(nino))).isTrue();
        }
    }

    @Test
    void everyLedgerReconcilesToThePenny() {
        int debts = 0;
        for (CitizenData c : sample) {
            for (Debt d : c.debts()) {
                debts++;
                List<DebtTransaction> ledger = c.ledger(d.debtId());
                assertThat(ledger).isNotEmpty();
                assertThat(ledger.getFirst().type()).isEqualTo(DebtTransaction.Type.RAISED);
                assertThat(ledger.getFirst().amountPence()).isEqualTo(d.originalPence());
                long balance = 0;
                for (DebtTransaction t : ledger) {
                    balance += t.amountPence();
                    assertThat(t.balancePence()).isEqualTo(balance).isNotNegative();
                    assertThat(t.date()).isAfterOrEqualTo(d.raisedOn()).isBeforeOrEqualTo(TODAY);
                }
                assertThat(d.outstandingPence()).isEqualTo(balance);
                switch (d.status()) {
                    case CLEARED -> assertThat(balance).isZero();
                    case WRITTEN_OFF -> assertThat(ledger.getLast().type()).isEqualTo(DebtTransaction.Type.WRITE_OFF);
                    default -> assertThat(balance).isPositive();
                }
            }
        }
        assertThat(debts).isGreaterThan(500);
    }

    /** Decision 0402: the plan status served is the SDK deriver's reading of the served ledger, for every debt. */
    @Test
    void everyPlanStatusIsTheClientsReadingOfTheLedger() {
        PlanStatusDeriver deriver = new PlanStatusDeriver(RecoveryReferenceData.standard().planStatusRule());
        Set<PlanStatus> seen = EnumSet.noneOf(PlanStatus.class);
        for (CitizenData c : sample) {
            for (Debt d : c.debts()) {
                RepaymentPlan plan = d.repaymentPlan();
                if (plan == null) {
                    continue;
                }
                PlanStanding standing = deriver.derive(plan,
                        new DebtLedger(d.debtId(), d.outstandingPence(), c.ledger(d.debtId())));
                assertThat(plan.status()).as(d.debtId()).isEqualTo(standing.status());
                assertThat(plan.missedPayments()).as(d.debtId()).isEqualTo(standing.missed());
                DebtStatus expected = switch (standing.status()) {
                    case IN_ARREARS -> DebtStatus.IN_ARREARS;
                    case BROKEN -> DebtStatus.BROKEN;
                    case COMPLETED -> DebtStatus.CLEARED;
                    default -> DebtStatus.ACTIVE;
                };
                assertThat(d.status()).as(d.debtId()).isEqualTo(expected);
                seen.add(plan.status());
            }
        }
        assertThat(seen).containsAll(EnumSet.range(PlanStatus.ACTIVE, PlanStatus.COMPLETED));
    }

    @Test
    void deductionsPointAtDebtsRecoveredFromBenefit() {
        int deductions = 0;
        for (CitizenData c : sample) {
            Set<String> recoverable = new HashSet<>();
            for (Debt d : c.debts()) {
                if (d.recoveryMethod() == RecoveryMethod.BENEFIT_DEDUCTION) {
                    recoverable.add(d.debtId());
                }
            }
            for (Award a : c.awards()) {
                for (Deduction d : a.deductions()) {
                    deductions++;
                    assertThat(recoverable).contains(d.debtId());
                }
            }
        }
        assertThat(deductions).isGreaterThan(100);
    }

    @Test
    void couplesPointAtEachOtherAndShareAnAddress() {
        int couples = 0;
        for (CitizenData c : sample) {
            for (Relationship r : c.citizen().relationships()) {
                if (r.type() == Relationship.Type.PARTNER) {
                    couples++;
                    Citizen partner = population.citizen(NinoScheme.indexOf(r.nino())).citizen();
                    assertThat(partner.relationships()).anySatisfy(back -> {
                        assertThat(back.type()).isEqualTo(Relationship.Type.PARTNER);
                        assertThat(back.nino()).isEqualTo(c.citizen().nino());
                    });
                    assertThat(partner.currentAddress().postcode()).isEqualTo(c.citizen().currentAddress().postcode());
                    assertThat(partner.currentAddress().line1()).isEqualTo(c.citizen().currentAddress().line1());
                }
            }
        }
        assertThat(couples).isGreaterThan(200);
    }

    @Test
    void addressesAndContactDetailsHaveValidUkForms() {
        Pattern mobile = Pattern.compile("^07700 900[0-9]{3}$");
        for (CitizenData c : sample) {
            Citizen citizen = c.citizen();
            assertThat(citizen.currentAddress().postcode()).matches(POSTCODE);
            citizen.pastAddresses().forEach(a -> assertThat(a.postcode()).matches(POSTCODE));
            if (citizen.contact().mobile() != null) {
                assertThat(citizen.contact().mobile()).matches(mobile);
            }
            if (citizen.contact().email() != null) {
                assertThat(citizen.contact().email()).matches("^[a-z]+\\.[a-z]+[0-9]*@example\\.(com|org)$");
            }
        }
    }

    @Test
    void distributionsCoverTheCasesTheIssueLists() {
        Set<Frequency> payFrequencies = EnumSet.noneOf(Frequency.class);
        Set<String> benefits = new HashSet<>();
        Set<DebtType> debtTypes = EnumSet.noneOf(DebtType.class);
        Set<DebtStatus> debtStatuses = EnumSet.noneOf(DebtStatus.class);
        Set<EvidenceStatus> evidence = EnumSet.noneOf(EvidenceStatus.class);
        Set<Relationship.Type> relationships = EnumSet.noneOf(Relationship.Type.class);
        int zeroHours = 0;
        int severalEmployers = 0;
        int jobChanges = 0;
        int overdue = 0;
        int deceased = 0;
        int vulnerable = 0;
        int welsh = 0;
        for (CitizenData c : sample) {
            List<Employment> jobs = c.employments();
            if (jobs.size() > 1) {
                severalEmployers++;
            }
            for (Employment e : jobs) {
                payFrequencies.add(e.payFrequency());
                zeroHours += e.zeroHours() ? 1 : 0;
                jobChanges += e.endDate() != null ? 1 : 0;
            }
            c.awards().forEach(a -> benefits.add(a.benefit()));
            c.debts().forEach(d -> {
                debtTypes.add(d.type());
                debtStatuses.add(d.status());
            });
            for (EvidenceItem e : c.evidence()) {
                evidence.add(e.status());
                overdue += e.isOverdueOn(TODAY) ? 1 : 0;
            }
            c.citizen().relationships().forEach(r -> relationships.add(r.type()));
            deceased += c.citizen().flags().deceased() ? 1 : 0;
            vulnerable += c.citizen().flags().vulnerable() ? 1 : 0;
            welsh += c.citizen().preferredLanguage() == Citizen.Language.WELSH ? 1 : 0;
        }
        assertThat(payFrequencies).contains(Frequency.MONTHLY, Frequency.WEEKLY, Frequency.FOUR_WEEKLY,
                Frequency.FORTNIGHTLY);
        assertThat(benefits).contains("universal_credit", "state_pension", "pip", "pension_credit",
                "carers_allowance", "esa", "jsa", "attendance_allowance", "child_benefit", "housing_benefit");
        assertThat(debtTypes).containsAll(EnumSet.range(DebtType.OVERPAYMENT, DebtType.ADMIN_PENALTY));
        assertThat(debtStatuses).containsAll(EnumSet.range(DebtStatus.ACTIVE, DebtStatus.ON_HOLD));
        assertThat(evidence).containsAll(EnumSet.range(EvidenceStatus.REQUESTED, EvidenceStatus.REJECTED));
        assertThat(relationships).contains(Relationship.Type.PARTNER, Relationship.Type.DEPENDANT,
                Relationship.Type.APPOINTEE);
        assertThat(zeroHours).isPositive();
        assertThat(severalEmployers).isPositive();
        assertThat(jobChanges).isPositive();
        assertThat(overdue).isPositive();
        assertThat(deceased).isPositive();
        assertThat(vulnerable).isPositive();
        assertThat(welsh).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameCitizenAndAnotherSeedAnotherOne() throws Exception {
        Population again = new Population(42, SIZE, TODAY);
        Population other = new Population(43, SIZE, TODAY);
        for (int i : new int[] {0, 1, 999_999, 14_999_999}) {
            assertThat(json(again.citizen(i))).isEqualTo(json(population.citizen(i)));
            assertThat(json(other.citizen(i).citizen())).isNotEqualTo(json(population.citizen(i).citizen()));
        }
    }

    private static String json(Object o) throws Exception {
        if (o instanceof CitizenData c) {
            return Json.mapper().writeValueAsString(List.of(c.citizen(), c.employments(), c.alerts(), c.awards(),
                    c.debts(), c.evidence(), c.notes()));
        }
        return Json.mapper().writeValueAsString(o);
    }
}
