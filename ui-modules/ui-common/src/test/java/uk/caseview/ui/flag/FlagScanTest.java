package uk.caseview.ui.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.CitizenFlags;
import uk.caseview.sdk.model.citizen.Name;
import uk.caseview.sdk.model.citizen.Relationship;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;

class FlagScanTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Nino NINO = Nino.parse("ZX000001A");

    @Test
    void aViewStillLoadingRaisesNothing() {
        assertThat(FlagScan.of(CustomerView.loading(NINO), TODAY)).isEmpty();
    }

    @Test
    void aCautionMarkerComesFirstWithItsReasonAndDate() {
        Citizen citizen = citizen(new CitizenFlags(false, true, false, "Anxious on the phone",
                new uk.caseview.sdk.model.citizen.CautionMarker("Threatened staff at the counter",
                        LocalDate.of(2025, 2, 3))), null, List.of());
        List<RaisedFlag> flags = FlagScan.of(CustomerView.loading(NINO).with(Source.CITIZEN, loaded(citizen)), TODAY);

        assertThat(flags).extracting(RaisedFlag::flag).containsExactly(CustomerFlag.CAUTION, CustomerFlag.VULNERABLE);
        assertThat(flags.get(0).detail()).isEqualTo("Threatened staff at the counter (recorded 3 Feb 2025)");
        assertThat(CustomerFlag.CAUTION.tone()).isEqualTo(uk.caseview.ui.theme.Tone.DANGER);
        assertThat(CustomerFlag.CAUTION.source()).isEqualTo(Source.CITIZEN);
    }

    @Test
    void raisesEveryFlagTheDataSupports() {
        Citizen citizen = citizen(new CitizenFlags(true, true, true, "Recently bereaved"), LocalDate.of(2025, 5, 2),
                List.of(new Relationship(Relationship.Type.APPOINTEE, null, new Name(null, "Ann", "Lee"), null, null)));
        CustomerView view = CustomerView.loading(NINO)
                .with(Source.CITIZEN, loaded(citizen))
                .with(Source.EARNINGS, loaded(new Earnings("ZX000001A", null, null, List.of(), List.of(
                        new EarningsAlert(EarningsAlert.Type.ABOVE_THRESHOLD, TODAY, 100L, 200L, "123/AB", "over")))))
                .with(Source.DEBT, loaded(new Debts("ZX000001A", List.of(debt(DebtStatus.IN_ARREARS), debt(DebtStatus.ACTIVE)))))
                .with(Source.EVIDENCE, loaded(new EvidenceList("ZX000001A", List.of(
                        evidence(EvidenceStatus.REQUESTED, TODAY.minusDays(1)),
                        evidence(EvidenceStatus.REQUESTED, TODAY.plusDays(3)),
                        evidence(EvidenceStatus.RECEIVED, TODAY.minusDays(9))))));

        List<RaisedFlag> flags = FlagScan.of(view, TODAY);

        assertThat(flags).extracting(RaisedFlag::flag).containsExactly(
                CustomerFlag.DECEASED, CustomerFlag.RESTRICTED_RECORD, CustomerFlag.VULNERABLE,
                CustomerFlag.APPOINTEE_ACTING, CustomerFlag.EARNINGS_ALERT, CustomerFlag.DEBT_IN_ARREARS,
                CustomerFlag.EVIDENCE_OVERDUE);
        assertThat(flags.get(0).detail()).isEqualTo("Died 2 May 2025");
        assertThat(flags.get(2).detail()).isEqualTo("Recently bereaved");
        assertThat(flags.get(5).detail()).isEqualTo("1 debt");
        assertThat(flags.get(6).detail()).isEqualTo("1 item past due");
    }

    @Test
    void aCleanRecordRaisesNone() {
        CustomerView view = CustomerView.loading(NINO)
                .with(Source.CITIZEN, loaded(citizen(CitizenFlags.NONE, null, List.of())))
                .with(Source.DEBT, loaded(new Debts("ZX000001A", List.of(debt(DebtStatus.ACTIVE)))));
        assertThat(FlagScan.of(view, TODAY)).isEmpty();
    }

    static <T> SourceState<T> loaded(T value) {
        return new SourceState.Loaded<>(value, Instant.parse("2025-06-01T09:00:00Z"), false);
    }

    static Citizen citizen(CitizenFlags flags, LocalDate died, List<Relationship> household) {
        return new Citizen("ZX000001A", new Name("Ms", "Jo", "Bloggs"), LocalDate.of(1980, 1, 2), died,
                new Address("1 High St", null, "Leeds", "LS1 1AA", null, null), List.of(), null,
                Citizen.Language.ENGLISH, Citizen.IdentityVerification.VERIFIED, household, flags, null, 1);
    }

    static Debt debt(DebtStatus status) {
        return new Debt("D1", "ZX000001A", DebtType.OVERPAYMENT, "UC", "reason", 10000, 5000,
                RecoveryMethod.BENEFIT_DEDUCTION, status, TODAY.minusYears(1), null, 1);
    }

    static EvidenceItem evidence(EvidenceStatus status, LocalDate due) {
        return new EvidenceItem("E" + due, EvidenceType.PAYSLIP, "Payslip", status, TODAY.minusDays(20), due,
                null, null, null, null, null);
    }
}
