package uk.caseview.ui.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Payment;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.citizen.ContactNote;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;

final class TimelineSamples {

    private TimelineSamples() {}

    static Awards awards() {
        return new Awards("ZX000001A", List.of(new Award("A1", "UC", "Universal Credit", Award.Status.LIVE,
                LocalDate.of(2023, 4, 3), null, 123456, Frequency.MONTHLY, LocalDate.of(2025, 6, 5), List.of(),
                List.of(new Payment(LocalDate.of(2025, 5, 5), 119111, Payment.Status.PAID),
                        new Payment(LocalDate.of(2025, 4, 5), 119111, Payment.Status.RETURNED)))));
    }

    static Earnings earnings() {
        return new Earnings("ZX000001A", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), List.of(
                new Employment("Beacon Staffing", "123/AB", Frequency.WEEKLY, LocalDate.of(2024, 1, 1), null, false,
                        List.of(new PayPeriod(LocalDate.of(2025, 5, 16), "2025-26", 8750, 8750, 0, 0, 10))),
                new Employment("Acme Ltd", "456/CD", Frequency.MONTHLY, LocalDate.of(2024, 1, 1), null, false,
                        List.of(new PayPeriod(LocalDate.of(2025, 5, 28), "2025-26", 123400, 123400, 1000, 500, null),
                                new PayPeriod(LocalDate.of(2025, 4, 28), "2025-26", 120000, 120000, 900, 400, null)))),
                List.of());
    }

    static EvidenceList evidence() {
        return new EvidenceList("ZX000001A", List.of(
                new EvidenceItem("E1", EvidenceType.PAYSLIP, "May payslip", EvidenceStatus.RECEIVED,
                        LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 20), LocalDate.of(2025, 5, 12),
                        "payslip.pdf", "application/pdf", 1000L, null),
                new EvidenceItem("E2", EvidenceType.FIT_NOTE, null, EvidenceStatus.REQUESTED,
                        LocalDate.of(2025, 5, 30), LocalDate.of(2025, 6, 20), null, null, null, null, null)));
    }

    static Debt overpayment() {
        return new Debt("D1", "ZX000001A", DebtType.OVERPAYMENT, "Universal Credit", "Earnings reported late",
                50000, 30000, RecoveryMethod.BENEFIT_DEDUCTION, DebtStatus.ACTIVE, LocalDate.of(2025, 1, 10), null, 1);
    }

    static Debt advance() {
        return new Debt("D2", "ZX000001A", DebtType.ADVANCE, "Universal Credit", "Advance", 20000, 20000,
                RecoveryMethod.BENEFIT_DEDUCTION, DebtStatus.ACTIVE, LocalDate.of(2025, 3, 2), null, 1);
    }

    static Debts debts() {
        return new Debts("ZX000001A", List.of(overpayment(), advance()));
    }

    static DebtLedger overpaymentLedger() {
        return new DebtLedger("D1", 30000, List.of(
                new DebtTransaction("T1", LocalDate.of(2025, 1, 10), DebtTransaction.Type.RAISED, 50000, 50000, null),
                new DebtTransaction("T2", LocalDate.of(2025, 5, 5), DebtTransaction.Type.RECOVERY_DEDUCTION, -20000,
                        30000, "Deducted from Universal Credit")));
    }

    static ContactNoteList notes() {
        return new ContactNoteList(List.of(
                new ContactNote("N1", Instant.parse("2025-05-28T13:05:00Z"), "Called about the May payment",
                        ContactChannel.PHONE, "J Agent")));
    }
}
