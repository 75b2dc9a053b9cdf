package uk.caseview.stubs.persona;

import static uk.caseview.sdk.model.Frequency.MONTHLY;
import static uk.caseview.sdk.model.Frequency.WEEKLY;

import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.stubs.data.gen.Benefit;

/** Personas about debt: each shows one recovery situation cleanly. */
final class DebtPersonas {

    private DebtPersonas() {}

    static Persona overpaymentActivePlan() {
        return new Persona("ZX000008A", "Sandra Price: an overpayment on an active plan",
                "Sandra was overpaid Universal Credit because a change in her rent was reported late. The "
                        + "overpayment is being recovered from her award at £45 a month, and every deduction has "
                        + "been taken on time.",
                List.of("One overpayment, status active, recovered by benefit deduction",
                        "A plan with its next instalment date and a projected end date",
                        "The matching £45.00 deduction on the Universal Credit award",
                        "A ledger whose running balance ends at the outstanding amount"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(8, today);
                    p.name("Mrs", "Sandra", "Price").born(1972, 5, 19)
                            .lives("31 Victoria Road", null, "Sheffield", "S6 2QL", p.monthsAgo(90))
                            .contact("0114 496 0818", "07700 900808", null)
                            .bank("Mrs S Price", "40-36-15", "81234470")
                            .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(48), 71_286, 8)
                            .debt(DebtType.OVERPAYMENT, "universal_credit", "Overpayment: rent change reported late",
                                    162_000, p.monthsAgo(11), d -> d.plan(4_500, MONTHLY,
                                            RecoveryMethod.BENEFIT_DEDUCTION, p.monthsAgo(10), 8));
                    return p.build();
                });
    }

    static Persona planInArrears() {
        return new Persona("ZX000009A", "Darren Hughes: a plan in arrears",
                "Darren no longer claims benefit, so he repays a tax credit overpayment directly at £15 a week. "
                        + "His hours dropped: he missed last week's instalment and the one a fortnight before, paying the week "
                        + "in between. Two misses in a row would break the plan; he is in arrears.",
                List.of("A debt and plan in arrears, recovered by direct payment",
                        "Two missed payments in the ledger (lines of £0.00), the latest one last, a payment between",
                        "No live award to deduct from"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(9, today);
                    p.name("Mr", "Darren", "Hughes").born(1983, 12, 1)
                            .lives("118 Stanley Street", null, "Liverpool", "L7 0JS", p.monthsAgo(60))
                            .contact(null, "07700 900909", "darren.hughes@example.com")
                            .job("Ironbridge Engineering Ltd", "207/IE4410", WEEKLY, p.monthsAgo(40),
                                    j -> j.cycleOffset(3).salary(2_150_000, 6))
                            .award(Benefit.JSA, "ended", p.monthsAgo(52), p.monthsAgo(41), 18_180, 2, false)
                            .debt(DebtType.TAX_CREDIT, "tax_credits", "Tax credit overpayment transferred from HMRC",
                                    284_310, p.monthsAgo(16), d -> d.plan(1_500, WEEKLY, RecoveryMethod.DIRECT_PAYMENT,
                                            p.monthsAgo(15), 0).story(DebtStatus.IN_ARREARS, 2, null))
                            .note(p.daysAgo(4), ContactChannel.LETTER, "AGENT7003",
                                    "Arrears letter sent: two weekly instalments missed.");
                    return p.build();
                });
    }

    static Persona brokenPlan() {
        return new Persona("ZX000010A", "Gary Wilson: a broken plan",
                "Gary agreed to repay a Social Fund loan at £20 a month, paid for a while, then stopped five "
                        + "months ago and has not answered letters. The plan is broken and the debt is waiting for "
                        + "a decision on next steps.",
                List.of("A debt and plan with status broken",
                        "Missed payments in the ledger after the last payment",
                        "No next instalment date on the plan",
                        "A caution marker for staff safety: the first flag in the header, with its reason and date"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(10, today);
                    p.name("Mr", "Gary", "Wilson").born(1969, 7, 7)
                            .caution("Shouted threats at staff at Middlesbrough Jobcentre; two staff at any visit, "
                                    + "end a call that turns abusive.", p.monthsAgo(4))
                            .lives("4 Moorland Way", null, "Middlesbrough", "TS3 7HU", p.monthsAgo(120))
                            .contact(null, "07700 900110", null)
                            .debt(DebtType.SOCIAL_FUND, null, "Social Fund crisis loan", 48_000, p.monthsAgo(26),
                                    d -> d.plan(2_000, MONTHLY, RecoveryMethod.DIRECT_PAYMENT, p.monthsAgo(25), 5)
                                            .story(DebtStatus.BROKEN, 3, p.monthsAgo(5)))
                            .note(p.monthsAgo(2), ContactChannel.PHONE, "AGENT3318",
                                    "Outbound call about missed payments. No answer; second letter sent.");
                    return p.build();
                });
    }

    static Persona writtenOff() {
        return new Persona("ZX000011A", "Pauline Shaw: a written-off debt",
                "Pauline was born in 1946. An old budgeting loan was written off last year as not worth recovering, and an "
                        + "earlier overpayment was cleared by deductions from her Pension Credit.",
                List.of("A budgeting loan written off, its ledger ending with a write-off line to £0.00",
                        "A cleared overpayment whose plan is completed",
                        "Neither debt has anything outstanding"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(11, today);
                    p.name("Mrs", "Pauline", "Shaw").born(1946, 1, 23)
                            .lives("12 Glebe Gardens", null, "Hull", "HU5 2AB", LocalDate.of(1980, 4, 1))
                            .contact("01632 960311", null, null)
                            .award(Benefit.STATE_PENSION, LocalDate.of(2011, 1, 23), 69_420, 5)
                            .award(Benefit.PENSION_CREDIT, p.monthsAgo(70), 14_820, 5)
                            .debt(DebtType.BUDGETING_LOAN, null, "Budgeting loan for a bed and bedding", 31_500,
                                    p.monthsAgo(60), d -> d.plan(1_200, MONTHLY, RecoveryMethod.DIRECT_PAYMENT,
                                            p.monthsAgo(59), 5).story(DebtStatus.WRITTEN_OFF, 0, p.monthsAgo(46)))
                            .debt(DebtType.OVERPAYMENT, "pension_credit", "Overpayment: savings not declared", 38_400,
                                    p.monthsAgo(40), d -> d.plan(1_600, MONTHLY, RecoveryMethod.BENEFIT_DEDUCTION,
                                            p.monthsAgo(39), 5));
                    return p.build();
                });
    }

    static Persona hardshipAndAdvance() {
        return new Persona("ZX000012A", "Aisha Khan: hardship and advance debts",
                "Aisha made a new Universal Credit claim after leaving an abusive relationship and took an advance "
                        + "to cover the first five weeks. A sanction later left her short, so she received a "
                        + "recoverable hardship payment. Both are being deducted from her award.",
                List.of("An advance and a hardship debt, both active, both deducted from Universal Credit",
                        "Two deductions on the award whose debt ids match",
                        "A hardship reason recorded on the hardship plan"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(12, today);
                    p.name("Ms", "Aisha", "Khan").born(1994, 4, 2)
                            .lives("Flat 11", "40 Wellington Court", "Bradford", "BD3 9RE", p.monthsAgo(9))
                            .contact(null, "07700 900212", "aisha.khan@example.org")
                            .bank("Ms A Khan", "77-19-02", "22107734")
                            .dependant("Zainab", "Khan", today.minusYears(4))
                            .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(9), 118_240, 20)
                            .award(Benefit.CHILD_BENEFIT, p.monthsAgo(9), 10_420, 1)
                            .debt(DebtType.ADVANCE, "universal_credit", "New claim advance", 90_000, p.monthsAgo(9),
                                    d -> d.plan(3_750, MONTHLY, RecoveryMethod.BENEFIT_DEDUCTION, p.monthsAgo(8), 20))
                            .debt(DebtType.HARDSHIP, "universal_credit", "Recoverable hardship payment during a sanction",
                                    21_400, p.monthsAgo(4), d -> d.plan(1_070, MONTHLY,
                                            RecoveryMethod.BENEFIT_DEDUCTION, p.monthsAgo(3), 20)
                                            .hardshipReason("Sanction left no money for food and electricity"));
                    return p.build();
                });
    }
}
