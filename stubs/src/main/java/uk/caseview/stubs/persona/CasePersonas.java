package uk.caseview.stubs.persona;

import static uk.caseview.sdk.model.Frequency.MONTHLY;

import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.evidence.EvidenceStatus;
import uk.caseview.sdk.model.evidence.EvidenceType;
import uk.caseview.stubs.content.EvidenceDocuments;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.gen.Benefit;

/** Personas about how a case must be handled: evidence chasing, restrictions, couples, vulnerability. */
final class CasePersonas {

    private CasePersonas() {}

    static Persona evidenceOverdue() {
        return new Persona("ZX000013A", "Ryan Cooper: evidence overdue",
                "Ryan claims Universal Credit and says he cannot work because of a back injury. We asked for a fit "
                        + "note and his tenancy agreement weeks ago; neither has arrived. His bank statements came "
                        + "in and were verified; a photo of his payslip was rejected as unreadable.",
                List.of("Two requests past their due date (overdue)",
                        "A verified bank statement and a rejected payslip with the reason",
                        "A request due next week that is not yet overdue"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(13, today);
                    p.name("Mr", "Ryan", "Cooper").born(1990, 9, 14)
                            .lives("67 Brook Lane", null, "Plymouth", "PL4 8BS", p.monthsAgo(14))
                            .contact(null, "07700 900313", "ryan.cooper@example.com")
                            .bank("Mr R Cooper", "09-01-28", "33451209")
                            .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(7), 81_650, 3)
                            .requested(EvidenceType.FIT_NOTE, "Fit note covering the last four weeks", p.daysAgo(40),
                                    p.daysAgo(19))
                            .requested(EvidenceType.TENANCY_AGREEMENT, "Current tenancy agreement showing the rent",
                                    p.daysAgo(33), p.daysAgo(12))
                            .requested(EvidenceType.PROOF_OF_ADDRESS, "Proof of address dated in the last three months",
                                    p.daysAgo(5), today.plusDays(9))
                            .document(EvidenceType.BANK_STATEMENT, "Bank statements covering the last three months",
                                    EvidenceStatus.VERIFIED, p.daysAgo(60), p.daysAgo(52), EvidenceDocuments.PDF, null)
                            .document(EvidenceType.PAYSLIP, "Final payslip from previous employer",
                                    EvidenceStatus.REJECTED, p.daysAgo(60), p.daysAgo(50), EvidenceDocuments.PNG,
                                    "Image unreadable: please send a clearer copy.")
                            .note(p.daysAgo(19), ContactChannel.PHONE, "AGENT2050",
                                    "Reminder call about the fit note. Customer says the GP appointment is next week.");
                    return p.build();
                });
    }

    static Persona restrictedRecord() {
        return new Persona("ZX000014A", "Claire Lloyd: a restricted record",
                "Claire's record is restricted: she is protected from someone who may try to find her, so only "
                        + "authorised staff may see her details and her address must never be disclosed or "
                        + "confirmed to a caller.",
                List.of("The restricted-record flag, shown before anything else",
                        "Her address is present in the record but must not be read out",
                        "Universal Credit live; nothing else unusual, so the restriction is the whole lesson"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(14, today);
                    p.name("Ms", "Claire", "Lloyd").born(1988, 11, 30).restricted()
                            .lives("Flat 3", "5 Cedar Court", "Exeter", "EX2 4LH", p.monthsAgo(6))
                            .contact(null, "07700 900414", null)
                            .bank("Ms C Lloyd", "30-15-57", "12873390")
                            .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(6), 95_412, 11)
                            .note(p.monthsAgo(6), ContactChannel.FACE_TO_FACE, "AGENT0042",
                                    "Record restricted at the customer's request; see the restricted-records guidance.");
                    return p.build();
                });
    }

    static final String COUPLE_A = "ZX000015A";
    static final String COUPLE_B = "ZX000016A";

    static Persona coupleFirst() {
        return new Persona(COUPLE_A, "Megan Fraser: a couple claim (first partner)",
                "Megan and Callum Fraser claim Universal Credit together as a couple. Megan works part-time at a "
                        + "nursery and Callum is a carer for his mother. One award covers the household, and both "
                        + "partners' earnings count.",
                List.of("A partner relationship naming Callum, with his NINO (ZX000016A)",
                        "The same joint Universal Credit award id on both partners' records",
                        "Two dependants shared by both records"),
                today -> couple(today, true));
    }

    static Persona coupleSecond() {
        return new Persona(COUPLE_B, "Callum Fraser: a couple claim (second partner)",
                "Callum is Megan's partner on their joint Universal Credit claim. He also gets Carer's Allowance "
                        + "for looking after his mother for more than 35 hours a week.",
                List.of("A partner relationship naming Megan, with her NINO (ZX000015A)",
                        "The joint Universal Credit award, and Carer's Allowance in his name only",
                        "No earnings of his own"),
                today -> couple(today, false));
    }

    private static CitizenRecord couple(LocalDate today, boolean megan) {
        PersonaBuilder p = new PersonaBuilder(megan ? 15 : 16, today);
        LocalDate together = LocalDate.of(2016, 6, 1);
        if (megan) {
            p.name("Mrs", "Megan", "Fraser").born(1992, 2, 29)
                    .partner(COUPLE_B, "Mr", "Callum", "Fraser", LocalDate.of(1990, 8, 17), together)
                    .contact(null, "07700 900515", "megan.fraser@example.com")
                    .job("Meadowbank Nurseries Ltd", "433/MN2090", MONTHLY, p.monthsAgo(30),
                            j -> j.cycleOffset(28).salary(1_120_000, 2));
        } else {
            p.name("Mr", "Callum", "Fraser").born(1990, 8, 17)
                    .partner(COUPLE_A, "Mrs", "Megan", "Fraser", LocalDate.of(1992, 2, 29), together)
                    .contact(null, "07700 900516", null)
                    .award(Benefit.CARERS_ALLOWANCE, p.monthsAgo(20), 8_330, 1);
        }
        p.lives("26 Orchard Drive", null, "Dundee", "DD4 9PQ", together)
                .dependant("Eilidh", "Fraser", LocalDate.of(2017, 12, 5))
                .dependant("Ewan", "Fraser", LocalDate.of(2020, 7, 19))
                .bank("Mr C and Mrs M Fraser", "80-22-60", "10993021")
                // One joint award: both records carry the same award id.
                .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(28), 98_530, 4);
        CitizenRecord record = p.build();
        return withJointAwardId(record);
    }

    private static CitizenRecord withJointAwardId(CitizenRecord r) {
        var awards = r.awards().stream().map(a -> a.benefit().equals(Benefit.UNIVERSAL_CREDIT.code())
                ? new uk.caseview.sdk.model.award.Award("A-JOINT-ZX000015A", a.benefit(), a.benefitName(), a.status(),
                        a.startDate(), a.endDate(), a.amountPence(), a.frequency(), a.nextPaymentDate(),
                        a.deductions(), a.recentPayments())
                : a).toList();
        return new CitizenRecord(r.citizen(), r.employments(), r.alerts(), awards, r.debts(), r.ledgers(),
                r.evidence(), r.notes());
    }

    static Persona vulnerable() {
        return new Persona("ZX000017A", "Wayne Richards: a vulnerable customer",
                "Wayne has told us he has severe anxiety and has had thoughts of self-harm when under financial "
                        + "pressure. His overpayment has been put on hold while a specialist team reviews it. Any "
                        + "contact must follow the vulnerability guidance.",
                List.of("The vulnerable flag with a note that says how to handle contact",
                        "An overpayment on hold, with no recovery method and no plan",
                        "PIP and Universal Credit, both live"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(17, today);
                    p.name("Mr", "Wayne", "Richards").born(1979, 3, 8)
                            .vulnerable("Severe anxiety; has mentioned self-harm under financial pressure. Follow "
                                    + "the vulnerability guidance and offer the specialist team.")
                            .identity(Citizen.IdentityVerification.VERIFIED)
                            .lives("88 Hawthorn Road", null, "Newcastle upon Tyne", "NE6 5TR", p.monthsAgo(75))
                            .contact("0191 498 0717", "07700 900717", null)
                            .bank("Mr W Richards", "20-80-44", "73310028")
                            .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(50), 86_104, 14)
                            .award(Benefit.PIP, p.monthsAgo(44), 29_560, 2)
                            .debt(DebtType.OVERPAYMENT, "universal_credit", "Overpayment: capital not declared",
                                    412_090, p.monthsAgo(5), d -> d.plan(4_000, MONTHLY,
                                            RecoveryMethod.BENEFIT_DEDUCTION, p.monthsAgo(4), 14)
                                            .story(DebtStatus.ON_HOLD, 0, p.monthsAgo(2)))
                            .note(p.monthsAgo(2), ContactChannel.PHONE, "AGENT1999",
                                    "Customer distressed about the overpayment letter. Recovery put on hold; "
                                            + "referred to the complex needs team.");
                    return p.build();
                });
    }
}
