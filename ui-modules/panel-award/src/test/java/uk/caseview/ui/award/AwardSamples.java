package uk.caseview.ui.award;

import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.award.Payment;

final class AwardSamples {

    private AwardSamples() {}

    static Award universalCredit() {
        return new Award("A1", "UC", "Universal Credit", Award.Status.LIVE, LocalDate.of(2023, 4, 3), null, 123456,
                Frequency.MONTHLY, LocalDate.of(2025, 6, 5),
                List.of(new Deduction("Overpayment recovery", 4345, "D1")),
                List.of(new Payment(LocalDate.of(2025, 5, 5), 119111, Payment.Status.PAID),
                        new Payment(LocalDate.of(2025, 4, 5), 119111, Payment.Status.RETURNED),
                        new Payment(LocalDate.of(2025, 3, 5), 119111, Payment.Status.PAID),
                        new Payment(LocalDate.of(2025, 2, 5), 119111, Payment.Status.PAID),
                        new Payment(LocalDate.of(2025, 1, 5), 119111, Payment.Status.PAID)));
    }

    static Award endedJsa() {
        return new Award("A2", "JSA", "Jobseeker's Allowance", Award.Status.ENDED, LocalDate.of(2020, 1, 6),
                LocalDate.of(2021, 2, 1), 7470, Frequency.FORTNIGHTLY, null, List.of(), List.of());
    }

    static Awards both() {
        return new Awards("ZX000001A", List.of(endedJsa(), universalCredit()));
    }
}
