package uk.caseview.bench.debt;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.repayment.Circumstance;
import uk.caseview.sdk.repayment.Pence;
import uk.caseview.sdk.repayment.PlanTerms;
import uk.caseview.sdk.repayment.RecoveryReferenceData;
import uk.caseview.sdk.repayment.RepaymentSchedule;
import uk.caseview.sdk.repayment.ScheduleCalculator;

/**
 * What the plan builder does on each keystroke: parse the typed amount and recompute a 60-month
 * schedule with every check (the cap is looked up for each instalment's date). Target: ≤ 1 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScheduleRecalculationBenchmark {

    @Param({"BENEFIT_DEDUCTION", "DIRECT_PAYMENT"})
    public RecoveryMethod method;

    private ScheduleCalculator calculator;
    private PlanTerms terms;
    private LocalDate today;

    @Setup
    public void setUp() {
        calculator = new ScheduleCalculator(RecoveryReferenceData.standard());
        today = LocalDate.of(2025, 6, 1);
        // £3,000.00 at £50.00 a month: 60 monthly instalments, each within the 15% cap for a single person 25+.
        terms = new PlanTerms(300_000, 5_000, Frequency.MONTHLY, today, method, Circumstance.SINGLE_25_OR_OVER,
                0, false, null);
    }

    @Benchmark
    public RepaymentSchedule keystrokeSixtyMonths() {
        long typed = Pence.parse("50.00").orElseThrow();
        RepaymentSchedule s = calculator.calculate(terms.withInstalment(typed), today);
        if (s.count() != 60) {
            throw new IllegalStateException("expected 60 instalments, got " + s.count());
        }
        return s;
    }
}
