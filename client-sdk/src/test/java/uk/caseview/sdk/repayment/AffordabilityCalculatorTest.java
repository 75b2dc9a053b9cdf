package uk.caseview.sdk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;

class AffordabilityCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 15);
    private final AffordabilityCalculator calculator = new AffordabilityCalculator(RecoveryReferenceData.standard());

    /** Net £1,000.00 a month: gross £1,200, tax £120, NI £80, paid on the 28th. */
    private static Earnings monthlyPay(LocalDate... payDates) {
        List<PayPeriod> periods = java.util.Arrays.stream(payDates)
                .map(d -> new PayPeriod(d, "2025-26", 120_000, 120_000, 12_000, 8_000, 80))
                .toList();
        return new Earnings("ZZ", null, null,
                List.of(new Employment("Shop", "123/AB", Frequency.MONTHLY, null, null, false, periods)), List.of());
    }

    private static Award uc(long amount, Deduction... deductions) {
        return new Award("A1", "UC", "Universal Credit", Award.Status.LIVE, null, null, amount, Frequency.MONTHLY,
                null, List.of(deductions), List.of());
    }

    @Test
    void averagesNetPayOverTheLastThreeMonths() {
        Earnings pay = monthlyPay(LocalDate.of(2025, 3, 28), LocalDate.of(2025, 4, 28), LocalDate.of(2025, 5, 28),
                LocalDate.of(2025, 6, 28));
        Affordability a = calculator.assess(pay, null, "D1", Circumstance.SINGLE_25_OR_OVER, TODAY);
        // The window is 15 April to 14 July: three pay days of £1,000.00 net.
        assertThat(a.payPeriodsCounted()).isEqualTo(3);
        assertThat(a.netMonthlyEarningsPence()).isEqualTo(100_000);
    }

    @Test
    void countsLiveAwardsAndOtherDebtsDeductionsButNotThisDebts() {
        Awards awards = new Awards("ZZ", List.of(
                uc(50_000, new Deduction("Advance", 2_000, "D-OTHER"), new Deduction("This debt", 3_000, "D1")),
                new Award("A2", "PIP", "PIP", Award.Status.ENDED, null, null, 40_000, Frequency.FOUR_WEEKLY, null,
                        List.of(), List.of())));
        Affordability a = calculator.assess(null, awards, "D1", Circumstance.SINGLE_25_OR_OVER, TODAY);
        assertThat(a.monthlyAwardPence()).isEqualTo(50_000);
        assertThat(a.otherDeductionsMonthlyPence()).isEqualTo(2_000);
        assertThat(a.standardAllowanceMonthlyPence()).isEqualTo(40_014);
        assertThat(a.capMonthlyPence()).isEqualTo(6_002);
        assertThat(a.deductionHeadroomMonthlyPence()).isEqualTo(4_002);
    }

    @Test
    void proposesTheRoomLeftUnderTheCapForADeduction() {
        Awards awards = new Awards("ZZ", List.of(uc(50_000, new Deduction("Advance", 2_000, "D-OTHER"))));
        Affordability a = calculator.assess(null, awards, "D1", Circumstance.SINGLE_25_OR_OVER, TODAY);
        Proposal p = calculator.propose(a, 100_000, RecoveryMethod.BENEFIT_DEDUCTION, Frequency.MONTHLY, TODAY);
        assertThat(p.instalmentPence()).isEqualTo(4_002);
        assertThat(p.basis()).contains("15% cap on the £400.14 standard allowance is £60.02 a month")
                .contains("other deductions take £20.00, leaving £40.02 a month");

        Proposal weekly = calculator.propose(a, 100_000, RecoveryMethod.BENEFIT_DEDUCTION, Frequency.WEEKLY, TODAY);
        assertThat(weekly.instalmentPence()).isEqualTo(923); // £40.02 × 12 / 52 = £9.235…, rounded down
    }

    @Test
    void neverProposesMoreThanIsOwed() {
        Affordability a = calculator.assess(null, null, "D1", Circumstance.SINGLE_25_OR_OVER, TODAY);
        assertThat(calculator.propose(a, 1_234, RecoveryMethod.BENEFIT_DEDUCTION, Frequency.MONTHLY, TODAY)
                .instalmentPence()).isEqualTo(1_234);
    }

    @Test
    void proposesNothingWhenOtherDeductionsFillTheCap() {
        Awards awards = new Awards("ZZ", List.of(uc(50_000, new Deduction("Advance", 7_000, "D-OTHER"))));
        Affordability a = calculator.assess(null, awards, "D1", Circumstance.SINGLE_25_OR_OVER, TODAY);
        Proposal p = calculator.propose(a, 100_000, RecoveryMethod.BENEFIT_DEDUCTION, Frequency.MONTHLY, TODAY);
        assertThat(p.instalmentPence()).isZero();
        assertThat(p.basis()).contains("already use it all");
    }

    @Test
    void aPlanStartingBeforeTheFairRepaymentRateIsProposedAtTheLowerCapItWillMeet() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        Affordability a = calculator.assess(null, null, "D1", Circumstance.SINGLE_25_OR_OVER, start);
        Proposal p = calculator.propose(a, 100_000, RecoveryMethod.BENEFIT_DEDUCTION, Frequency.MONTHLY, start);
        assertThat(p.instalmentPence()).isEqualTo(6_002);
        assertThat(p.basis()).contains("25% cap").contains("falling to £60.02 a month");
    }

    @Test
    void directPaymentOffersHalfTheSurplusAboveTheStandardAllowanceInWholePounds() {
        Earnings pay = monthlyPay(LocalDate.of(2025, 4, 28), LocalDate.of(2025, 5, 28), LocalDate.of(2025, 6, 28));
        Awards awards = new Awards("ZZ", List.of(uc(20_000)));
        Affordability a = calculator.assess(pay, awards, "D1", Circumstance.SINGLE_25_OR_OVER, TODAY);
        // £1,000.00 + £200.00 − £400.14 = £799.86 surplus; half is £399.93, offered as £399.00.
        assertThat(a.surplusMonthlyPence()).isEqualTo(79_986);
        Proposal p = calculator.propose(a, 1_000_000, RecoveryMethod.DIRECT_PAYMENT, Frequency.MONTHLY, TODAY);
        assertThat(p.instalmentPence()).isEqualTo(39_900);
        assertThat(p.basis()).contains("leaves £799.86").contains("50% of that is £399.93");
    }

    @Test
    void noSurplusOffersTheMinimumAndSuggestsAHardshipReview() {
        Affordability a = calculator.assess(null, new Awards("ZZ", List.of(uc(30_000))), "D1",
                Circumstance.SINGLE_25_OR_OVER, TODAY);
        Proposal p = calculator.propose(a, 100_000, RecoveryMethod.DIRECT_PAYMENT, Frequency.WEEKLY, TODAY);
        assertThat(p.instalmentPence()).isEqualTo(116); // £5.00 a month is £1.16 a week, rounded up
        assertThat(p.basis()).contains("hardship review");
    }

    @Test
    void withoutABandThereIsNoProposal() {
        Affordability a = calculator.assess(null, null, "D1", null, TODAY);
        assertThat(calculator.propose(a, 100_000, RecoveryMethod.BENEFIT_DEDUCTION, Frequency.MONTHLY, TODAY))
                .extracting(Proposal::instalmentPence).isEqualTo(0L);
    }
}
