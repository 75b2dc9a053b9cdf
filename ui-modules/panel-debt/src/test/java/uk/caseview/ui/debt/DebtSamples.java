package uk.caseview.ui.debt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.RepaymentPlan;

final class DebtSamples {

    private DebtSamples() {}

    static Debt overpayment() {
        return new Debt("D1", "ZX000001A", DebtType.OVERPAYMENT, "UC", "Earnings not declared", 150000, 98765,
                RecoveryMethod.BENEFIT_DEDUCTION, DebtStatus.IN_ARREARS, LocalDate.of(2024, 2, 1),
                new RepaymentPlan("P1", 2500, Frequency.MONTHLY, RecoveryMethod.BENEFIT_DEDUCTION,
                        LocalDate.of(2024, 3, 1), null, LocalDate.of(2025, 6, 12), PlanStatus.IN_ARREARS, 2, null),
                3);
    }

    static Debt advance() {
        return new Debt("D2", "ZX000001A", DebtType.ADVANCE, "UC", "Advance payment", 50000, 20000,
                RecoveryMethod.BENEFIT_DEDUCTION, DebtStatus.ACTIVE, LocalDate.of(2024, 6, 1), null, 1);
    }

    static Debt cleared() {
        return new Debt("D3", "ZX000001A", DebtType.BUDGETING_LOAN, null, "Loan", 30000, 0,
                RecoveryMethod.NONE, DebtStatus.CLEARED, LocalDate.of(2021, 6, 1), null, 1);
    }

    static Debts three() {
        return new Debts("ZX000001A", List.of(cleared(), advance(), overpayment()));
    }

    /**
     * One debt in each status, with the widest values the table must show whole: "£99,999.99",
     * dates in November, a plan completed and no plan at all.
     */
    static Debts everyStatus() {
        List<Debt> debts = new ArrayList<>();
        long pence = 9_999_999;
        int day = 22;
        for (DebtStatus status : DebtStatus.values()) {
            PlanStatus planStatus = switch (status) {
                case IN_ARREARS -> PlanStatus.IN_ARREARS;
                case BROKEN -> PlanStatus.BROKEN;
                case CLEARED -> PlanStatus.COMPLETED;
                default -> PlanStatus.ACTIVE;
            };
            RepaymentPlan plan = status == DebtStatus.WRITTEN_OFF ? null
                    : new RepaymentPlan("P-" + status, 2500, Frequency.MONTHLY, RecoveryMethod.BENEFIT_DEDUCTION,
                            LocalDate.of(2024, 3, 1), null, LocalDate.of(2026, 11, day++), planStatus, 0, null);
            debts.add(new Debt("D-" + status, "ZX000001A", DebtType.TAX_CREDIT, "universal_credit",
                    "Tax credit overpayment transferred from HMRC", pence,
                    status == DebtStatus.ACTIVE ? pence : pence - 1_088_888, RecoveryMethod.BENEFIT_DEDUCTION,
                    status, LocalDate.of(2021, 6, 1), plan, 1));
            pence -= 1_111_111;
        }
        return new Debts("ZX000001A", debts);
    }

    static Debts many(int n) {
        List<Debt> debts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            debts.add(new Debt("D" + i, "ZX000001A", DebtType.OVERPAYMENT, "UC", "r", 1000 + i, 500 + i,
                    RecoveryMethod.BENEFIT_DEDUCTION, DebtStatus.ACTIVE, LocalDate.of(2024, 1, 1), null, 1));
        }
        return new Debts("ZX000001A", debts);
    }
}
