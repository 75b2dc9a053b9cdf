package uk.caseview.sdk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.RecoveryMethod;

/** The promises the schedule makes about money and dates, over generated plans. */
class ScheduleCalculatorPropertyTest {

    private static final RecoveryReferenceData RULES = RecoveryReferenceData.standard();
    private final ScheduleCalculator calculator = new ScheduleCalculator(RULES);
    private final AffordabilityCalculator affordability = new AffordabilityCalculator(RULES);

    @Property
    void instalmentsSumToTheBalance(@ForAll("schedulable") PlanTerms terms) {
        RepaymentSchedule s = calculator.calculate(terms, null);
        assertThat(s.totalPence()).isEqualTo(terms.balancePence());
        assertThat(s.instalments().getLast().balanceAfterPence()).isZero();
    }

    @Property
    void noInstalmentIsNegativeOrZero(@ForAll("schedulable") PlanTerms terms) {
        RepaymentSchedule s = calculator.calculate(terms, null);
        assertThat(s.instalments()).allSatisfy(i -> assertThat(i.amountPence()).isPositive());
    }

    @Property
    void theLastInstalmentIsNeverLargerThanARegularOne(@ForAll("schedulable") PlanTerms terms) {
        RepaymentSchedule s = calculator.calculate(terms, null);
        List<ScheduledInstalment> rows = s.instalments();
        assertThat(rows.getLast().amountPence()).isLessThanOrEqualTo(terms.instalmentPence());
        assertThat(rows.subList(0, rows.size() - 1))
                .allSatisfy(i -> assertThat(i.amountPence()).isEqualTo(terms.instalmentPence()));
    }

    @Property
    void runningBalanceFallsByEachInstalment(@ForAll("schedulable") PlanTerms terms) {
        RepaymentSchedule s = calculator.calculate(terms, null);
        long left = terms.balancePence();
        for (ScheduledInstalment i : s.instalments()) {
            left -= i.amountPence();
            assertThat(i.balanceAfterPence()).isEqualTo(left);
        }
    }

    @Property
    void thePlanStartsAndEndsOnTheDatesShown(@ForAll("schedulable") PlanTerms terms) {
        RepaymentSchedule s = calculator.calculate(terms, null);
        List<ScheduledInstalment> rows = s.instalments();
        assertThat(s.firstDate()).contains(terms.startDate());
        assertThat(rows.getFirst().dueDate()).isEqualTo(terms.startDate());
        assertThat(s.endDate()).contains(rows.getLast().dueDate());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).dueDate()).isAfter(rows.get(i - 1).dueDate());
        }
        assertThat(rows.getLast().dueDate())
                .isBefore(terms.startDate().plusMonths(RULES.maximumPlanMonths(terms.startDate())));
    }

    @Property
    void anAgreeableDeductionPlanNeverExceedsTheCapOnAnyDate(@ForAll("deductionPlans") PlanTerms terms) {
        RepaymentSchedule s = calculator.calculate(terms, null);
        Assume.that(s.agreeable());
        for (ScheduledInstalment i : s.instalments()) {
            long cap = RULES.deductionCapMonthlyPence(terms.circumstance(), i.dueDate());
            long takenTimes12 = i.amountPence() * terms.frequency().perYear()
                    + terms.otherDeductionsMonthlyPence() * 12;
            assertThat(takenTimes12).isLessThanOrEqualTo(cap * 12);
        }
    }

    @Property
    void aPlanOverTheCapIsNeverAgreeable(@ForAll("deductionPlans") PlanTerms terms) {
        RepaymentSchedule s = calculator.calculate(terms, null);
        boolean overSomewhere = s.instalments().stream().anyMatch(i -> Pence.exceedsMonthly(i.amountPence(),
                terms.frequency(),
                RULES.deductionCapMonthlyPence(terms.circumstance(), i.dueDate()) - terms.otherDeductionsMonthlyPence()));
        if (overSomewhere) {
            assertThat(s.agreeable()).isFalse();
            assertThat(s.has(PlanMessage.Code.EXCEEDS_CAP)).isTrue();
        }
    }

    @Property
    void theProposedDeductionIsNeverRefusedForTheCap(@ForAll("deductionPlans") PlanTerms terms) {
        Affordability a = new Affordability(terms.startDate(), terms.circumstance(), 0, 0, 0,
                terms.otherDeductionsMonthlyPence(), 0, null, 0, 0);
        Proposal p = affordability.propose(a, terms.balancePence(), RecoveryMethod.BENEFIT_DEDUCTION,
                terms.frequency(), terms.startDate());
        Assume.that(p.instalmentPence() > 0);
        RepaymentSchedule s = calculator.calculate(terms.withInstalment(p.instalmentPence()), null);
        assertThat(s.has(PlanMessage.Code.EXCEEDS_CAP)).as(p.basis()).isFalse();
    }

    @Provide
    Arbitrary<PlanTerms> schedulable() {
        return Combinators.combine(balances(), frequencies(), startDates(), Arbitraries.integers().between(1, 120))
                .as((balance, f, start, count) -> {
                    // An instalment that clears the balance in about `count` instalments, well within 10 years.
                    long instalment = Math.max(1, Math.ceilDiv(balance, Math.min(count, maxCount(f))));
                    return new PlanTerms(balance, instalment, f, start, RecoveryMethod.DIRECT_PAYMENT, null, 0,
                            false, null);
                });
    }

    @Provide
    Arbitrary<PlanTerms> deductionPlans() {
        Arbitrary<Long> instalments = Arbitraries.longs().between(1, 20_000);
        Arbitrary<Long> others = Arbitraries.longs().between(0, 8_000);
        return Combinators.combine(balances(), instalments, frequencies(), startDates(),
                        Arbitraries.of(Circumstance.class), others)
                .as((balance, instalment, f, start, band, other) -> new PlanTerms(balance, instalment, f, start,
                        RecoveryMethod.BENEFIT_DEDUCTION, band, other, false, null));
    }

    private static Arbitrary<Long> balances() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 1_000),
                Arbitraries.longs().between(1_000, 5_000_000));
    }

    private static Arbitrary<Frequency> frequencies() {
        return Arbitraries.of(Frequency.WEEKLY, Frequency.FORTNIGHTLY, Frequency.FOUR_WEEKLY, Frequency.MONTHLY);
    }

    private static Arbitrary<LocalDate> startDates() {
        // Across the 2025 changes and into later years, including month ends.
        return Arbitraries.integers().between(0, 3 * 365)
                .map(days -> LocalDate.of(2024, 4, 8).plusDays(days));
    }

    /** Instalments of this frequency that fit comfortably in 10 years. */
    private static int maxCount(Frequency f) {
        return switch (f) {
            case WEEKLY -> 500;
            case FORTNIGHTLY -> 250;
            case FOUR_WEEKLY -> 125;
            default -> 115;
        };
    }
}
