package uk.caseview.sdk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.repayment.PlanMessage.Code;

class ScheduleCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private final ScheduleCalculator calculator = new ScheduleCalculator(RecoveryReferenceData.standard());

    private static PlanTerms direct(long balance, long instalment, Frequency f, LocalDate start) {
        return new PlanTerms(balance, instalment, f, start, RecoveryMethod.DIRECT_PAYMENT, null, 0, false, null);
    }

    private static PlanTerms deduction(long balance, long instalment, LocalDate start, long otherDeductions) {
        return new PlanTerms(balance, instalment, Frequency.MONTHLY, start, RecoveryMethod.BENEFIT_DEDUCTION,
                Circumstance.SINGLE_25_OR_OVER, otherDeductions, false, null);
    }

    @Test
    void equalInstalmentsThenWhatIsLeft() {
        RepaymentSchedule s = calculator.calculate(direct(100_000, 6_000, Frequency.MONTHLY, TODAY), TODAY);

        assertThat(s.count()).isEqualTo(17);
        assertThat(s.instalments().get(0).amountPence()).isEqualTo(6_000);
        assertThat(s.instalments().get(0).balanceAfterPence()).isEqualTo(94_000);
        assertThat(s.finalInstalmentPence()).contains(4_000L);
        assertThat(s.totalPence()).isEqualTo(100_000);
        assertThat(s.firstDate()).contains(TODAY);
        assertThat(s.endDate()).contains(LocalDate.of(2026, 10, 1));
        assertThat(s.instalments().getLast().balanceAfterPence()).isZero();
        assertThat(s.agreeable()).isTrue();
    }

    @Test
    void monthlyDatesComeBackToTheStartDayAfterShortMonths() {
        RepaymentSchedule s =
                calculator.calculate(direct(3_000, 1_000, Frequency.MONTHLY, LocalDate.of(2026, 1, 31)), TODAY);
        assertThat(s.instalments()).extracting(ScheduledInstalment::dueDate).containsExactly(
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
    }

    @Test
    void weeklyFortnightlyAndFourWeeklyDates() {
        LocalDate start = LocalDate.of(2025, 6, 2);
        assertThat(calculator.calculate(direct(3_000, 1_000, Frequency.WEEKLY, start), TODAY).endDate())
                .contains(start.plusWeeks(2));
        assertThat(calculator.calculate(direct(3_000, 1_000, Frequency.FORTNIGHTLY, start), TODAY).endDate())
                .contains(start.plusWeeks(4));
        assertThat(calculator.calculate(direct(3_000, 1_000, Frequency.FOUR_WEEKLY, start), TODAY).endDate())
                .contains(start.plusWeeks(8));
    }

    @Test
    void sixtyMonthPlan() {
        RepaymentSchedule s = calculator.calculate(direct(600_000, 10_000, Frequency.MONTHLY, TODAY), TODAY);
        assertThat(s.count()).isEqualTo(60);
        assertThat(s.endDate()).contains(TODAY.plusMonths(59));
        assertThat(s.agreeable()).isTrue();
    }

    @Test
    void zeroInstalmentNeverClears() {
        RepaymentSchedule s = calculator.calculate(direct(10_000, 0, Frequency.MONTHLY, TODAY), TODAY);
        assertThat(s.instalments()).isEmpty();
        assertThat(s.has(Code.NEVER_CLEARS)).isTrue();
        assertThat(s.errors().getFirst().text()).contains("never repaid");
    }

    @Test
    void aPlanLongerThanTenYearsIsRefusedWithTheSmallestInstalmentThatFits() {
        // £5,000.00 at £5.00 a month is 1,000 months; in 120 months it needs £41.67.
        RepaymentSchedule s = calculator.calculate(direct(500_000, 500, Frequency.MONTHLY, TODAY), TODAY);
        assertThat(s.instalments()).isEmpty();
        assertThat(s.has(Code.TOO_LONG)).isTrue();
        assertThat(s.errors().getFirst().text())
                .contains("1,000 instalments")
                .contains("at most 10 years")
                .contains("£41.67 a month");
        // …and that suggestion is accepted.
        assertThat(calculator.calculate(direct(500_000, 4_167, Frequency.MONTHLY, TODAY), TODAY).agreeable()).isTrue();
        assertThat(calculator.calculate(direct(500_000, 4_166, Frequency.MONTHLY, TODAY), TODAY).has(Code.TOO_LONG))
                .isTrue();
    }

    @Test
    void aOnePennyInstalmentOnAHugeDebtAnswersAtOnce() {
        RepaymentSchedule s = calculator.calculate(direct(9_000_000_000L, 1, Frequency.WEEKLY, TODAY), TODAY);
        assertThat(s.has(Code.TOO_LONG)).isTrue();
        assertThat(s.instalments()).isEmpty();
    }

    @Test
    void belowTheMinimumSaysTheMinimumInTheChosenFrequency() {
        RepaymentSchedule monthly = calculator.calculate(direct(10_000, 499, Frequency.MONTHLY, TODAY), TODAY);
        assertThat(monthly.errors()).extracting(PlanMessage::text)
                .containsExactly("£4.99 a month is below the minimum instalment of £5.00 a month.");

        RepaymentSchedule weekly = calculator.calculate(direct(10_000, 115, Frequency.WEEKLY, TODAY), TODAY);
        assertThat(weekly.errors()).extracting(PlanMessage::text)
                .containsExactly("£1.15 a week is below the minimum instalment of £5.00 a month (£1.16 a week).");
        assertThat(calculator.calculate(direct(10_000, 116, Frequency.WEEKLY, TODAY), TODAY).hasErrors()).isFalse();
    }

    @Test
    void clearingASmallBalanceInOneGoIsNeverBelowTheMinimum() {
        RepaymentSchedule s = calculator.calculate(direct(300, 300, Frequency.MONTHLY, TODAY), TODAY);
        assertThat(s.agreeable()).isTrue();
        assertThat(s.count()).isEqualTo(1);
    }

    @Test
    void deductionsAboveTheFairRepaymentRateAreRefused() {
        // Single 25+, 2025/26: 15% of £400.14 = £60.02 a month.
        assertThat(calculator.calculate(deduction(100_000, 6_002, TODAY, 0), TODAY).agreeable()).isTrue();
        RepaymentSchedule over = calculator.calculate(deduction(100_000, 6_003, TODAY, 0), TODAY);
        assertThat(over.has(Code.EXCEEDS_CAP)).isTrue();
        assertThat(over.errors().getFirst().text())
                .contains("15% cap")
                .contains("£60.02 a month")
                .contains("from 30 April 2025")
                .contains("The most this plan can take is £60.02 a month.");
    }

    @Test
    void otherDeductionsShareTheCap() {
        RepaymentSchedule s = calculator.calculate(deduction(100_000, 5_500, TODAY, 1_000), TODAY);
        assertThat(s.errors().getFirst().text())
                .contains("with £10.00 a month of other deductions")
                .contains("The most this plan can take is £50.02 a month.");
        RepaymentSchedule full = calculator.calculate(deduction(10_000, 1_000, TODAY, 6_002), TODAY);
        assertThat(full.errors().getFirst().text()).contains("already use all of").contains("direct payment");
    }

    @Test
    void aPlanStartingUnderThe25PercentCapIsCheckedAgainstTheFairRepaymentRateFromItsAssessmentPeriod() {
        LocalDate start = LocalDate.of(2025, 2, 1);
        // £98.36 a month is within 25% of £393.45 but not within 15% of £400.14 from May 2025.
        RepaymentSchedule s = calculator.calculate(deduction(100_000, 9_836, start, 0), start);
        assertThat(s.has(Code.EXCEEDS_CAP)).isTrue();
        assertThat(s.errors().getFirst().text()).contains("from instalment 4 (1 May 2025)");
    }

    @Test
    void theCapAppliesToDeductionsOnly() {
        assertThat(calculator.calculate(direct(100_000, 50_000, Frequency.MONTHLY, TODAY), TODAY).agreeable()).isTrue();
    }

    @Test
    void aDeductionNeedsTheAllowanceBand() {
        PlanTerms t = new PlanTerms(100_000, 1_000, Frequency.MONTHLY, TODAY, RecoveryMethod.BENEFIT_DEDUCTION,
                null, 0, false, null);
        assertThat(calculator.calculate(t, TODAY).has(Code.CIRCUMSTANCE_MISSING)).isTrue();
    }

    @Test
    void aHardshipRateNeedsAReason() {
        PlanTerms noReason = direct(100_000, 1_000, Frequency.MONTHLY, TODAY).withHardship(true, "   ");
        assertThat(calculator.calculate(noReason, TODAY).errors()).extracting(PlanMessage::code)
                .containsExactly(Code.HARDSHIP_REASON_REQUIRED);

        PlanTerms withReason = noReason.withHardship(true, "Rent arrears after a reduction in hours");
        assertThat(calculator.calculate(withReason, TODAY).agreeable()).isTrue();
        assertThat(withReason.toRequest().hardshipReason()).isEqualTo("Rent arrears after a reduction in hours");

        PlanTerms tooLong = noReason.withHardship(true, "x".repeat(2001));
        assertThat(calculator.calculate(tooLong, TODAY).has(Code.HARDSHIP_REASON_TOO_LONG)).isTrue();
    }

    @Test
    void aReasonIsNotSentWithoutAReducedRate() {
        PlanTerms t = direct(100_000, 1_000, Frequency.MONTHLY, TODAY).withHardship(false, "left over from before");
        assertThat(t.toRequest().hardshipReason()).isNull();
        assertThat(t.toString()).doesNotContain("left over");
    }

    @Test
    void missingInputsAndPastStartsAreExplained() {
        assertThat(calculator.calculate(direct(0, 1_000, Frequency.MONTHLY, TODAY), TODAY).has(Code.NOTHING_OWED))
                .isTrue();
        assertThat(calculator.calculate(direct(1_000, 1_000, Frequency.UNKNOWN, TODAY), TODAY)
                .has(Code.FREQUENCY_MISSING)).isTrue();
        assertThat(calculator.calculate(direct(1_000, 1_000, Frequency.MONTHLY, null), TODAY).has(Code.START_MISSING))
                .isTrue();
        RepaymentSchedule past = calculator.calculate(direct(1_000, 1_000, Frequency.MONTHLY, TODAY.minusDays(1)), TODAY);
        assertThat(past.has(Code.START_IN_PAST)).isTrue();
        assertThat(past.count()).isEqualTo(1); // the preview still shows what it would be
        assertThat(calculator.calculate(direct(1_000, 1_000, Frequency.MONTHLY, LocalDate.of(2020, 1, 1)), null)
                .has(Code.NO_REFERENCE_DATA)).isTrue();
    }
}
