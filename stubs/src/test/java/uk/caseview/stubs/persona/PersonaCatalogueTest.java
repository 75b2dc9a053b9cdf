package uk.caseview.stubs.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.Relationship;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.repayment.PlanStatusDeriver;
import uk.caseview.sdk.repayment.RecoveryReferenceData;
import uk.caseview.stubs.data.CitizenRecord;

/**
 * Each persona shows what its "what to find" list promises, on two different days (personas are
 * built around today, so a date-sensitive story would break on one of them).
 */
class PersonaCatalogueTest {

    @Test
    void thereAreAtLeastFifteenPersonasWithValidDistinctZxNinos() {
        List<Persona> all = PersonaCatalogue.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        assertThat(all).extracting(Persona::nino).doesNotHaveDuplicates()
                .allSatisfy(n -> {
                    assertThat(Nino.isValid(n)).isTrue();
                    assertThat(n).startsWith("ZX");
                });
        assertThat(all).allSatisfy(p -> {
            assertThat(p.story()).isNotBlank();
            assertThat(p.whatToFind()).isNotEmpty();
        });
    }

    @Test
    void personasMdIsGeneratedFromTheCatalogue() throws Exception {
        String onDisk = Files.readString(Path.of("PERSONAS.md"));
        assertThat(onDisk)
                .as("stubs/PERSONAS.md is stale: regenerate it with "
                        + "java -cp stubs/target/caseview-stubs.jar uk.caseview.stubs.persona.PersonaDocs > stubs/PERSONAS.md")
                .isEqualTo(PersonaDocs.markdown(PersonaCatalogue.all()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-30", "2026-02-28"})
    void everyPersonaTellsItsStory(String day) {
        LocalDate today = LocalDate.parse(day);
        PersonaCatalogue catalogue = new PersonaCatalogue(today);
        for (Persona p : catalogue.personas()) {
            CitizenRecord r = catalogue.record(p.nino());
            assertThat(r.citizen().nino()).isEqualTo(p.nino());
            ledgersReconcile(r);
            plansAgreeWithTheClientsDeriver(r);
            // A story gives a birth year, never an age: an age goes stale at the next birthday
            // ("Albert is 91" beside a header saying 92 was seen on the start page).
            assertThat(p.story()).as(p.nino()).doesNotContainPattern("\\bis \\d{1,3}\\b");
            java.util.regex.Matcher born = java.util.regex.Pattern.compile("born in (\\d{4})").matcher(p.story());
            if (born.find()) {
                assertThat(Integer.parseInt(born.group(1))).as(p.nino() + " birth year")
                        .isEqualTo(r.citizen().dateOfBirth().getYear());
            }
        }

        CitizenRecord alys = catalogue.record("ZX000001A");
        assertThat(alys.employments()).hasSize(3).anyMatch(Employment::zeroHours).anyMatch(e -> e.endDate() != null);
        assertThat(alertTypes(alys)).contains(EarningsAlert.Type.NEW_EMPLOYER, EarningsAlert.Type.EMPLOYMENT_ENDED);
        Award uc = award(alys, "universal_credit");
        assertThat(uc.status()).isEqualTo(Award.Status.LIVE);
        assertThat(uc.deductions()).hasSize(2);
        assertThat(uc.deductions()).allSatisfy(d -> assertThat(debt(alys, d.debtId()).recoveryMethod())
                .isEqualTo(RecoveryMethod.BENEFIT_DEDUCTION));
        assertThat(statuses(alys)).contains(DebtStatus.ACTIVE, DebtStatus.IN_ARREARS, DebtStatus.CLEARED);
        assertThat(alys.evidence()).extracting(EvidenceItem::status).contains(EvidenceStatus.REQUESTED,
                EvidenceStatus.RECEIVED, EvidenceStatus.VERIFIED, EvidenceStatus.REJECTED);
        assertThat(alys.evidence()).anyMatch(e -> e.isOverdueOn(today));
        assertThat(alys.notes()).hasSize(3);

        CitizenRecord large = catalogue.record("ZX000002A");
        LocalDate yearAgo = today.minusMonths(12);
        long periods = large.employments().stream().flatMap(e -> e.periods().stream())
                .filter(pp -> !pp.payDate().isBefore(yearAgo)).count();
        assertThat(periods).isEqualTo(520);
        assertThat(large.debts()).hasSize(200);
        assertThat(large.evidence()).hasSize(1000);

        CitizenRecord joanne = catalogue.record("ZX000003A");
        assertThat(joanne.alerts()).anyMatch(a -> a.type() == EarningsAlert.Type.BELOW_THRESHOLD
                && a.raisedOn().isAfter(today.minusMonths(3)));
        assertThat(award(joanne, "universal_credit").deductions()).isEmpty();

        CitizenRecord harold = catalogue.record("ZX000004A");
        assertThat(harold.citizen().flags().deceased()).isTrue();
        assertThat(award(harold, "state_pension").endDate()).isEqualTo(harold.citizen().dateOfDeath());
        assertThat(harold.debts()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DebtStatus.ON_HOLD);
            assertThat(d.recoveryMethod()).isEqualTo(RecoveryMethod.NONE);
        });

        CitizenRecord eleri = catalogue.record("ZX000005A");
        assertThat(eleri.citizen().preferredLanguage()).isEqualTo(Citizen.Language.WELSH);
        assertThat(eleri.citizen().ageOn(today)).isGreaterThanOrEqualTo(66);
        assertThat(eleri.awards()).extracting(Award::benefit).containsExactly("state_pension", "pension_credit");
        assertThat(eleri.debts()).isEmpty();

        CitizenRecord albert = catalogue.record("ZX000006A");
        assertThat(albert.citizen().hasAppointee()).isTrue();

        CitizenRecord kieran = catalogue.record("ZX000007A");
        assertThat(alertTypes(kieran)).contains(EarningsAlert.Type.ABOVE_THRESHOLD, EarningsAlert.Type.NEW_EMPLOYER);

        CitizenRecord sandra = catalogue.record("ZX000008A");
        assertThat(sandra.debts()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DebtType.OVERPAYMENT);
            assertThat(d.status()).isEqualTo(DebtStatus.ACTIVE);
            assertThat(d.repaymentPlan().nextInstalmentDate()).isAfter(today);
            assertThat(award(sandra, "universal_credit").deductions()).singleElement()
                    .satisfies(x -> assertThat(x.debtId()).isEqualTo(d.debtId()));
        });

        CitizenRecord darren = catalogue.record("ZX000009A");
        Debt arrears = darren.debts().getFirst();
        assertThat(arrears.status()).isEqualTo(DebtStatus.IN_ARREARS);
        assertThat(arrears.repaymentPlan().status()).isEqualTo(PlanStatus.IN_ARREARS);
        assertThat(arrears.repaymentPlan().missedPayments()).isEqualTo(2);
        List<DebtTransaction> lines = darren.ledger(arrears.debtId());
        assertThat(lines.subList(lines.size() - 3, lines.size())).extracting(DebtTransaction::type)
                .containsExactly(DebtTransaction.Type.MISSED_PAYMENT, DebtTransaction.Type.DIRECT_PAYMENT,
                        DebtTransaction.Type.MISSED_PAYMENT);

        CitizenRecord gary = catalogue.record("ZX000010A");
        assertThat(gary.debts().getFirst().status()).isEqualTo(DebtStatus.BROKEN);
        assertThat(gary.debts().getFirst().repaymentPlan().status()).isEqualTo(PlanStatus.BROKEN);
        assertThat(gary.debts().getFirst().repaymentPlan().nextInstalmentDate()).isNull();

        CitizenRecord pauline = catalogue.record("ZX000011A");
        assertThat(statuses(pauline)).containsExactlyInAnyOrder(DebtStatus.WRITTEN_OFF, DebtStatus.CLEARED);
        assertThat(pauline.debts()).allSatisfy(d -> assertThat(d.outstandingPence()).isZero());

        CitizenRecord aisha = catalogue.record("ZX000012A");
        assertThat(aisha.debts()).extracting(Debt::type).containsExactly(DebtType.ADVANCE, DebtType.HARDSHIP);
        assertThat(aisha.debts()).allSatisfy(d -> assertThat(d.status()).isEqualTo(DebtStatus.ACTIVE));
        assertThat(award(aisha, "universal_credit").deductions()).hasSize(2);

        CitizenRecord ryan = catalogue.record("ZX000013A");
        assertThat(ryan.evidence().stream().filter(e -> e.isOverdueOn(today)).count()).isEqualTo(2);
        assertThat(ryan.evidence()).anyMatch(e -> e.status() == EvidenceStatus.REJECTED && e.rejectionReason() != null);

        assertThat(catalogue.record("ZX000014A").citizen().flags().restrictedRecord()).isTrue();

        CitizenRecord megan = catalogue.record("ZX000015A");
        CitizenRecord callum = catalogue.record("ZX000016A");
        assertThat(partnerNino(megan)).isEqualTo("ZX000016A");
        assertThat(partnerNino(callum)).isEqualTo("ZX000015A");
        assertThat(award(megan, "universal_credit").awardId()).isEqualTo(award(callum, "universal_credit").awardId());
        assertThat(megan.citizen().currentAddress()).isEqualTo(callum.citizen().currentAddress());

        CitizenRecord wayne = catalogue.record("ZX000017A");
        assertThat(wayne.citizen().flags().vulnerable()).isTrue();
        assertThat(wayne.citizen().flags().vulnerabilityNote()).isNotBlank();
        assertThat(wayne.debts().getFirst().status()).isEqualTo(DebtStatus.ON_HOLD);
        assertThat(wayne.debts().getFirst().repaymentPlan()).isNull();

        CitizenRecord tomasz = catalogue.record("ZX000018A");
        assertThat(tomasz.employments()).hasSize(4);
        assertThat(tomasz.employments()).extracting(Employment::payFrequency)
                .contains(Frequency.MONTHLY, Frequency.FORTNIGHTLY, Frequency.FOUR_WEEKLY);
        assertThat(alertTypes(tomasz)).contains(EarningsAlert.Type.NEW_EMPLOYER, EarningsAlert.Type.EMPLOYMENT_ENDED);
    }

    private static void ledgersReconcile(CitizenRecord r) {
        for (Debt d : r.debts()) {
            long balance = 0;
            for (DebtTransaction t : r.ledger(d.debtId())) {
                balance += t.amountPence();
                assertThat(t.balancePence()).isEqualTo(balance).isNotNegative();
            }
            assertThat(d.outstandingPence()).isEqualTo(balance);
        }
    }

    /** The status the stub serves is the one the debt workspace derives from the same ledger (decision 0402). */
    private static void plansAgreeWithTheClientsDeriver(CitizenRecord r) {
        PlanStatusDeriver deriver = new PlanStatusDeriver(RecoveryReferenceData.standard().planStatusRule());
        for (Debt d : r.debts()) {
            if (d.repaymentPlan() != null) {
                assertThat(deriver.derive(d.repaymentPlan(),
                        new DebtLedger(d.debtId(), d.outstandingPence(), r.ledger(d.debtId()))).status())
                        .as("plan status of %s", d.debtId()).isEqualTo(d.repaymentPlan().status());
            }
        }
    }

    private static Set<EarningsAlert.Type> alertTypes(CitizenRecord r) {
        return r.alerts().stream().map(EarningsAlert::type).collect(Collectors.toSet());
    }

    private static Set<DebtStatus> statuses(CitizenRecord r) {
        return r.debts().stream().map(Debt::status).collect(Collectors.toSet());
    }

    private static Award award(CitizenRecord r, String benefit) {
        return r.awards().stream().filter(a -> a.benefit().equals(benefit)).findFirst().orElseThrow();
    }

    private static Debt debt(CitizenRecord r, String id) {
        return r.debts().stream().filter(d -> d.debtId().equals(id)).findFirst().orElseThrow();
    }

    private static String partnerNino(CitizenRecord r) {
        return r.citizen().relationships().stream().filter(x -> x.type() == Relationship.Type.PARTNER)
                .findFirst().orElseThrow().nino();
    }

    @Test
    void garyWilsonCarriesACautionMarkerWithItsReasonAndDate() {
        LocalDate today = LocalDate.parse("2026-02-28");
        var flags = new PersonaCatalogue(today).record("ZX000010A").citizen().flags();
        assertThat(flags.caution()).isNotNull();
        assertThat(flags.caution().reason()).contains("two staff at any visit");
        assertThat(flags.caution().recordedOn()).isEqualTo(today.minusMonths(4));
        assertThat(new PersonaCatalogue(today).record("ZX000001A").citizen().flags().caution()).isNull();
    }
}
