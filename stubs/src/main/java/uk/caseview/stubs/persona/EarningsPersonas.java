package uk.caseview.stubs.persona;

import static uk.caseview.sdk.model.Frequency.FORTNIGHTLY;
import static uk.caseview.sdk.model.Frequency.FOUR_WEEKLY;
import static uk.caseview.sdk.model.Frequency.MONTHLY;
import static uk.caseview.sdk.model.Frequency.WEEKLY;

import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.citizen.ContactChannel;
import uk.caseview.stubs.data.build.EmploymentBuilder.Pay;
import uk.caseview.stubs.data.gen.Benefit;

/** Personas about pay: rising over the threshold, and juggling several employers. */
final class EarningsPersonas {

    private EarningsPersonas() {}

    static Persona risesAboveThreshold() {
        return new Persona("ZX000007A", "Kieran Doherty: earnings rise above the threshold",
                "Kieran was on a zero-hours contract with a courier firm, often earning little. Three months ago "
                        + "he took a full-time warehouse job paid weekly, and his pay has been above the "
                        + "administrative earnings threshold every month since.",
                List.of("A zero-hours employer that ended and a new weekly employer",
                        "An 'above threshold' alert three months ago, after 'below threshold' months before it",
                        "Universal Credit still live, reduced by the earnings taper"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(7, today);
                    LocalDate switchDate = today.minusMonths(3).withDayOfMonth(1);
                    p.name("Mr", "Kieran", "Doherty").born(1996, 10, 3)
                            .lives("Flat 5", "22 Clarence Street", "Glasgow", "G41 2NT", p.monthsAgo(18))
                            .contact(null, "07700 900707", "kieran.doherty@example.com")
                            .bank("Mr K Doherty", "83-44-10", "30219845")
                            .job("Copperfield Couriers Ltd", "582/CC1029", WEEKLY, p.monthsAgo(20),
                                    j -> j.endDate(switchDate.minusDays(10)).cycleOffset(1)
                                            .pattern((d, n, r) -> {
                                                int hours = r.nextInt(100) < 30 ? 0 : 3 + r.nextInt(10);
                                                return new Pay(hours * 1_221L, hours);
                                            }, true))
                            .job("Heron Quay Packaging Ltd", "317/HQ5520", WEEKLY, switchDate, j -> j.cycleOffset(2)
                                    .pensionPercent(5).salary(2_380_000, 2))
                            .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(17), 12_450, 6)
                            .note(p.monthsAgo(3).plusDays(2), ContactChannel.WEBCHAT, "AGENT6021",
                                    "Customer reported starting full-time work. Explained UC will taper, not stop.");
                    return p.build();
                });
    }

    static Persona severalEmployers() {
        return new Persona("ZX000018A", "Tomasz Nowak: several employers at once",
                "Tomasz holds three part-time jobs at the same time, paid monthly, fortnightly and four-weekly, "
                        + "and changed one of them in the spring. His Universal Credit depends on the total of all "
                        + "of them.",
                List.of("Four employers in the earnings panel: three current, one that ended",
                        "Monthly, fortnightly and four-weekly pay frequencies side by side",
                        "A 'new employer' alert and an 'employment ended' alert"),
                today -> {
                    PersonaBuilder p = new PersonaBuilder(18, today);
                    p.name("Mr", "Tomasz", "Nowak").born(1985, 2, 11)
                            .lives("9 Rowan Close", null, "Peterborough", "PE1 4XT", p.monthsAgo(40))
                            .contact(null, "07700 900918", "tomasz.nowak@example.org")
                            .bank("Mr T Nowak", "11-07-31", "60042231")
                            .job("Bluebell Bakeries Ltd", "244/BB7011", MONTHLY, p.monthsAgo(36),
                                    j -> j.cycleOffset(15).salary(980_000, 2))
                            .job("Riverside Facilities Ltd", "655/RF301", FORTNIGHTLY, p.monthsAgo(30),
                                    j -> j.cycleOffset(1).salary(640_000, 4))
                            .job("Lantern Lane Pubs Ltd", "120/LLP88", FOUR_WEEKLY, p.monthsAgo(26),
                                    j -> j.endDate(p.monthsAgo(7)).cycleOffset(2).zeroHours(1_221, 10, 60, 5))
                            .job("Castlegate Hospitality Ltd", "901/CH2277", FOUR_WEEKLY, p.monthsAgo(6),
                                    j -> j.cycleOffset(3).zeroHours(1_250, 20, 70, 5))
                            .award(Benefit.UNIVERSAL_CREDIT, p.monthsAgo(34), 21_730, 15);
                    return p.build();
                });
    }
}
