package uk.caseview.stubs.persona;

import static uk.caseview.sdk.model.Frequency.FOUR_WEEKLY;
import static uk.caseview.sdk.model.Frequency.MONTHLY;
import static uk.caseview.sdk.model.Frequency.WEEKLY;

import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.stubs.content.EvidenceDocuments;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.build.EmploymentBuilder.Pay;
import uk.caseview.stubs.data.gen.Benefit;

/** The personas every trainer starts with: the everything record and the classic single cases. */
final class CorePersonas {

    private CorePersonas() {}

    static Persona everything() {
        return new Persona("ZX000001A", "Alys Pritchard: the everything record",
                "Alys is a single parent in Cardiff with two children. She works part-time as a care assistant on a "
                        + "monthly salary, picks up zero-hours agency shifts paid weekly, and left a café job five "
                        + "months ago. She claims Universal Credit, from which two debts are being recovered, and "
                        + "Child Benefit. She owes a tax credit overpayment she is paying directly but has fallen "
                        + "behind on, and has documents outstanding, received, verified and rejected.",
                List.of("Three employers in the earnings panel: monthly, weekly zero-hours, and one that ended",
                        "An 'employment ended' and a 'new employer' alert",
                        "Universal Credit with two deductions whose debt ids match the debt panel",
                        "An overpayment and an advance recovered from benefit on active plans",
                        "A tax credit debt in arrears with missed payments in its ledger",
                        "A cleared budgeting advance whose ledger ends at £0.00",
                        "Evidence in every state: an overdue payslip request, a received tenancy agreement, "
                                + "a verified childcare invoice and a rejected fit note",
                        "Two dependants and three contact notes"),
                CorePersonas::everythingRecord);
    }

    private static CitizenRecord everythingRecord(LocalDate today) {
        PersonaBuilder p = new PersonaBuilder(1, today);
        p.name("Mrs", "Alys Megan", "Pritchard").born(1987, 3, 14)
                .lives("14 Alma Road", null, "Cardiff", "CF14 3RT", p.monthsAgo(50))
                .lived("Flat 2, 88 Richmond Road", "Cardiff", "CF24 3BN", p.monthsAgo(110), p.monthsAgo(50).minusDays(1))
                .contact("029 2018 0471", "07700 900471", "alys.pritchard@example.com")
                .bank("Mrs A M Pritchard", "30-94-12", "11824473")
                .dependant("Osian", "Pritchard", LocalDate.of(2014, 9, 2))
                .dependant("Mali", "Pritchard", LocalDate.of(2018, 1, 27))
                .job("Severnside Care Ltd", "120/SC48211", MONTHLY, p.monthsAgo(49),
                        j -> j.cycleOffset(28).pensionPercent(5).salary(1_310_000, 2))
                .job("Beacon Staffing Agency Ltd", "475/BS22", WEEKLY, p.monthsAgo(8),
                        j -> j.cycleOffset(2).zeroHours(1_250, 0, 22, 25))
                .job("Marlow Street Cafe", "083/MSC901", FOUR_WEEKLY, p.monthsAgo(30),
                        j -> j.endDate(p.monthsAgo(5)).cycleOffset(1).salary(520_000, 5))
                .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(40), 104_612, 12)
                .award(Benefit.CHILD_BENEFIT, LocalDate.of(2014, 10, 20), 17_320, 2)
                .award(Benefit.JSA, "ended", LocalDate.of(2019, 4, 8), LocalDate.of(2019, 11, 29), 14_830, 1, false)
                .debt(DebtType.OVERPAYMENT, "universal_credit", "Overpayment: earnings reported late",
                        148_250, p.monthsAgo(14), d -> d.plan(6_250, MONTHLY, RecoveryMethod.BENEFIT_DEDUCTION,
                                p.monthsAgo(13), 12))
                .debt(DebtType.ADVANCE, "universal_credit", "Universal Credit advance after a change of job", 60_000,
                        p.monthsAgo(9), d -> d.plan(2_500, MONTHLY, RecoveryMethod.BENEFIT_DEDUCTION,
                                p.monthsAgo(8), 12))
                .debt(DebtType.BUDGETING_LOAN, "universal_credit", "Budgeting advance for a cooker", 35_000,
                        p.monthsAgo(36), d -> d.plan(2_500, MONTHLY, RecoveryMethod.BENEFIT_DEDUCTION,
                                p.monthsAgo(35), 12))
                .debt(DebtType.TAX_CREDIT, "tax_credits", "Tax credit overpayment transferred from HMRC", 241_733,
                        p.monthsAgo(20), d -> d.plan(2_000, MONTHLY, RecoveryMethod.DIRECT_PAYMENT,
                                p.monthsAgo(18), 1).story(DebtStatus.IN_ARREARS, 2, null))
                .requested(EvidenceType.PAYSLIP, "Payslips from Beacon Staffing for the last two months",
                        p.daysAgo(30), p.daysAgo(9))
                .requested(EvidenceType.BANK_STATEMENT, "Bank statements covering the last three months",
                        p.daysAgo(3), p.today().plusDays(11))
                .document(EvidenceType.TENANCY_AGREEMENT, "Current tenancy agreement showing the rent",
                        EvidenceStatus.RECEIVED, p.daysAgo(12), p.daysAgo(2), EvidenceDocuments.PDF, null)
                .document(EvidenceType.CHILDCARE_INVOICE, "Childcare invoice and proof of payment",
                        EvidenceStatus.VERIFIED, p.daysAgo(70), p.daysAgo(61), EvidenceDocuments.PNG, null)
                .document(EvidenceType.FIT_NOTE, "Fit note from GP", EvidenceStatus.REJECTED, p.daysAgo(50),
                        p.daysAgo(44), EvidenceDocuments.PNG, "Image unreadable: please send a clearer copy.")
                .note(p.daysAgo(2), ContactChannel.WEBCHAT, "AGENT2291",
                        "Customer uploaded tenancy agreement and asked when her rent change will show. Explained it "
                                + "takes effect from the next assessment period.")
                .note(p.daysAgo(30), ContactChannel.PHONE, "AGENT4410",
                        "Customer reported new agency work. Asked for payslips; due in three weeks.")
                .note(p.daysAgo(140), ContactChannel.PHONE, "AGENT1187",
                        "Left the café job. Discussed the tax credit debt; customer agreed £20 a month direct.");
        return p.build();
    }

    static Persona largeRecord() {
        return new Persona("ZX000002A", "Dafydd Large: the very large record",
                "Dafydd works through ten agencies at once, each paying weekly, and has a long and complicated "
                        + "history: 200 debts and 1,000 documents. He exists to test how the screens and the SDK "
                        + "behave with a record far bigger than any real one.",
                List.of("520 pay periods across 10 weekly employers in the default 12-month window",
                        "200 debts in every status, each with a ledger that reconciles",
                        "1,000 evidence items in every state",
                        "The screen stays responsive while it loads"),
                CorePersonas::largeRecordData);
    }

    private static CitizenRecord largeRecordData(LocalDate today) {
        PersonaBuilder p = new PersonaBuilder(2, today);
        p.name("Mr", "Dafydd", "Large").born(1979, 11, 5)
                .lives("3 Castle Terrace", null, "Swansea", "SA1 1NW", p.monthsAgo(80))
                .contact(null, "07700 900002", "dafydd.large@example.org")
                .bank("Mr D Large", "40-11-62", "90887766")
                .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(60), 51_230, 9);
        var rng = p.rng();
        for (int j = 0; j < 10; j++) {
            int job = j;
            // Started exactly 52 weeks ago, so each has 52 weekly pay dates up to today.
            p.job("Agency " + (char) ('A' + j) + " Staffing Ltd", String.format("%03d/LG%04d", 300 + j, j), WEEKLY,
                    p.daysAgo(363), b -> b.cycleOffset(0).pattern(
                            (d, n, r) -> new Pay(4_000 + (long) r.nextInt(9_000) + job * 100, 4 + r.nextInt(12)),
                            true));
        }
        DebtStatus[] stories = DebtStatus.values();
        DebtType[] types = {DebtType.OVERPAYMENT, DebtType.ADVANCE, DebtType.HARDSHIP, DebtType.BUDGETING_LOAN,
                DebtType.SOCIAL_FUND, DebtType.TAX_CREDIT, DebtType.ADMIN_PENALTY};
        for (int i = 0; i < 200; i++) {
            DebtType type = types[i % types.length];
            DebtStatus story = stories[i % 6];
            long original = 5_000 + rng.nextInt(200_000);
            LocalDate raised = p.daysAgo(60 + rng.nextInt(2500));
            LocalDate stop = raised.plusDays(90 + rng.nextInt(200));
            if (stop.isAfter(today.minusDays(20))) {
                stop = today.minusDays(20);
            }
            LocalDate stopAt = stop;
            boolean direct = i % 3 == 0;
            p.debt(type, "universal_credit", "Debt " + (i + 1) + " of a long history", original, raised,
                    d -> d.plan(Math.max(500, original / 24 / 100 * 100), MONTHLY,
                            direct ? RecoveryMethod.DIRECT_PAYMENT : RecoveryMethod.BENEFIT_DEDUCTION,
                            raised.plusDays(20), 9).story(story, 2, stopAt));
        }
        EvidenceType[] evidenceTypes = EvidenceType.values();
        for (int i = 0; i < 1000; i++) {
            var e = uk.caseview.stubs.data.gen.EvidenceGenerator.item(p.nextEvidenceId(),
                    evidenceTypes[i % (evidenceTypes.length - 1)], rng, today);
            p.add(e);
        }
        return p.build();
    }

    static Persona earningsFallBelowThreshold() {
        return new Persona("ZX000003A", "Joanne Walsh: earnings fall below the threshold",
                "Joanne works in a Leeds warehouse and claims Universal Credit. Her hours were cut two months ago, "
                        + "so her monthly pay fell below the administrative earnings threshold, which changes what "
                        + "the work coach expects of her.",
                List.of("One monthly employer whose pay drops sharply two months ago",
                        "A 'below threshold' earnings alert naming the month and the £892.00 threshold",
                        "Universal Credit live, with no deductions"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(3, today);
                    LocalDate cut = today.minusMonths(2).withDayOfMonth(1);
                    p.name("Ms", "Joanne", "Walsh").born(1991, 6, 30)
                            .lives("41 Meadow Crescent", null, "Leeds", "LS9 8QP", p.monthsAgo(30))
                            .contact("0113 496 0387", "07700 900387", null)
                            .bank("Ms J Walsh", "20-45-77", "43018862")
                            .job("Tanyard Warehousing Ltd", "961/TW7741", MONTHLY, p.monthsAgo(26),
                                    j -> j.cycleOffset(25).pattern((d, n, r) -> new Pay(
                                            d.isBefore(cut) ? 142_000 + r.nextInt(6_000) : 61_500 + r.nextInt(3_000),
                                            null), false))
                            .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(20), 39_880, 25)
                            .note(p.daysAgo(20), ContactChannel.PHONE, "AGENT3302",
                                    "Customer says her hours at the warehouse were cut to two days a week.");
                    return p.build();
                });
    }

    static Persona deceased() {
        return new Persona("ZX000004A", "Harold Bevan: a deceased customer",
                "Harold died twelve days ago. His daughter used Tell Us Once, but his State Pension was paid once "
                        + "more after his death, which created an overpayment that is on hold while the estate "
                        + "is settled.",
                List.of("The deceased flag and a date of death on the citizen panel",
                        "State Pension ended on the date of death",
                        "A payment after death in the award's recent payments",
                        "An overpayment on hold with no recovery method",
                        "A requested death certificate; notifications should not be sent to him"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(4, today);
                    LocalDate died = today.minusDays(12);
                    p.name("Mr", "Harold", "Bevan").born(1938, 2, 17).died(died)
                            .lives("7 Church Lane", null, "Newport", "NP20 4LA", LocalDate.of(1972, 5, 1))
                            .contact("029 2018 0734", null, null)
                            .bank("Mr H Bevan", "30-00-08", "00412839")
                            .award(Benefit.STATE_PENSION, "ended", LocalDate.of(2003, 2, 17), died, 92_100, 3, false)
                            .debt(DebtType.OVERPAYMENT, "state_pension", "State Pension paid after death", 92_100,
                                    p.daysAgo(5), d -> d.story(DebtStatus.ON_HOLD, 0, p.daysAgo(5)))
                            .requested(EvidenceType.OTHER, "Death certificate (copy)", p.daysAgo(5),
                                    p.today().plusDays(23))
                            .note(p.daysAgo(6), ContactChannel.PHONE, "AGENT5120",
                                    "Daughter called to confirm Tell Us Once notification. Condolences given; "
                                            + "explained the payment after death will be recovered from the estate.");
                    return p.build();
                });
    }

    static Persona welshPensioner() {
        return new Persona("ZX000005A", "Eleri Llewellyn: Welsh-language pensioner",
                "Eleri, born in 1953, lives alone in Aberystwyth. She prefers to deal with us in Welsh. She gets State "
                        + "Pension and a small amount of Pension Credit.",
                List.of("Preferred language Welsh (cy): letters and SMS must go in Welsh",
                        "Pension age: State Pension and Pension Credit paid four-weekly",
                        "No earnings and no debts"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(5, today);
                    p.name("Mrs", "Eleri", "Llewellyn").born(1953, 8, 9).welsh()
                            .lives("2 Heol y Bont", null, "Aberystwyth", "SY23 1PL", LocalDate.of(1998, 3, 1))
                            .contact("029 2018 0952", "07700 900952", null)
                            .bank("Mrs E Llewellyn", "20-76-55", "71230094")
                            .award(Benefit.STATE_PENSION, LocalDate.of(2019, 8, 9), 92_100, 2)
                            .award(Benefit.PENSION_CREDIT, p.monthsAgo(30), 9_840, 2)
                            .document(EvidenceType.BANK_STATEMENT, "Savings account statement", EvidenceStatus.VERIFIED,
                                    p.monthsAgo(30), p.monthsAgo(30).plusDays(9), EvidenceDocuments.PDF, null);
                    return p.build();
                });
    }

    static Persona appointee() {
        return new Persona("ZX000006A", "Albert Fletcher: an appointee acts for him",
                "Albert, born in 1934, has dementia. His daughter Susan is his appointee: she manages his benefits and "
                        + "is the person to speak to. He gets State Pension and the higher rate of Attendance "
                        + "Allowance.",
                List.of("An appointee relationship on the citizen panel: speak to the appointee, not Albert",
                        "State Pension and Attendance Allowance, both live",
                        "A note recording the appointeeship"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(6, today);
                    p.name("Mr", "Albert", "Fletcher").born(1934, 4, 22)
                            .lives("Room 12, Larkspur House", "19 Primrose Avenue", "Norwich", "NR2 3HJ",
                                    p.monthsAgo(28))
                            .lived("56 Beech Drive", "Norwich", "NR5 9AD", LocalDate.of(1969, 7, 1),
                                    p.monthsAgo(28).minusDays(1))
                            .contact(null, null, null)
                            .appointee("Mrs", "Susan", "Marshall", p.monthsAgo(27))
                            .bank("Mrs S Marshall re A Fletcher", "60-02-17", "55120874")
                            .award(Benefit.STATE_PENSION, LocalDate.of(1999, 4, 22), 69_420, 4)
                            .award(Benefit.ATTENDANCE_ALLOWANCE, p.monthsAgo(26), 44_160, 4)
                            .note(p.monthsAgo(27), ContactChannel.LETTER, "AGENT0907",
                                    "Appointee application (BF56) approved for Mrs Susan Marshall, daughter.");
                    return p.build();
                });
    }
}
