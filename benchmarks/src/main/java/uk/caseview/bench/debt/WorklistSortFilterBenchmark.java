package uk.caseview.bench.debt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.repayment.WorklistFilter;
import uk.caseview.sdk.repayment.WorklistSort;

/**
 * Sorting and filtering 100,000 worklist rows held in memory with the same {@link WorklistFilter}
 * and {@link WorklistSort} the workspace sends to the server. Target: ≤ 100 ms each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorklistSortFilterBenchmark {

    static final int ROWS = 100_000;

    private List<WorklistItem> rows;
    private WorklistFilter brokenOver100PoundsDueSoon;

    @Setup
    public void setUp() {
        rows = syntheticRows(ROWS, 42);
        LocalDate today = LocalDate.of(2025, 6, 1);
        brokenOver100PoundsDueSoon = new WorklistFilter(null, null, PlanStatus.BROKEN, 10_000L, null, null,
                today.plusDays(30), WorklistSort.ACTION_DUE_SOONEST);
    }

    @Benchmark
    public List<WorklistItem> sortByBalance() {
        List<WorklistItem> copy = new ArrayList<>(rows);
        copy.sort(WorklistSort.BALANCE_HIGH_FIRST.comparator());
        return copy;
    }

    @Benchmark
    public List<WorklistItem> sortByNextActionDue() {
        List<WorklistItem> copy = new ArrayList<>(rows);
        copy.sort(WorklistSort.ACTION_DUE_SOONEST.comparator());
        return copy;
    }

    @Benchmark
    public List<WorklistItem> filterBrokenPlans() {
        return rows.stream().filter(WorklistFilter.ALL.withPlanStatus(PlanStatus.BROKEN).predicate()).toList();
    }

    @Benchmark
    public List<WorklistItem> filterThenSort() {
        List<WorklistItem> out = new ArrayList<>();
        var keep = brokenOver100PoundsDueSoon.predicate();
        for (WorklistItem row : rows) {
            if (keep.test(row)) {
                out.add(row);
            }
        }
        out.sort(brokenOver100PoundsDueSoon.sort().comparator());
        return out;
    }

    /** Deterministic synthetic rows; NINOs start with Z like all stub data. */
    static List<WorklistItem> syntheticRows(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DebtType[] types = {DebtType.OVERPAYMENT, DebtType.ADVANCE, DebtType.HARDSHIP, DebtType.BUDGETING_LOAN,
            DebtType.SOCIAL_FUND, DebtType.TAX_CREDIT, DebtType.ADMIN_PENALTY};
        PlanStatus[] plans = {PlanStatus.ACTIVE, PlanStatus.ACTIVE, PlanStatus.ACTIVE, PlanStatus.IN_ARREARS,
            PlanStatus.BROKEN, PlanStatus.COMPLETED, null};
        LocalDate today = LocalDate.of(2025, 6, 1);
        List<WorklistItem> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int age = random.nextInt(1, 3_000);
            PlanStatus plan = plans[random.nextInt(plans.length)];
            DebtStatus status = plan == PlanStatus.BROKEN ? DebtStatus.BROKEN
                    : plan == PlanStatus.IN_ARREARS ? DebtStatus.IN_ARREARS : DebtStatus.ACTIVE;
            out.add(new WorklistItem(
                    "D%08d".formatted(i),
                    "ZX%06dA".formatted(i % 1_000_000),
                    types[random.nextInt(types.length)],
                    status,
                    plan,
                    random.nextLong(100, 2_500_000),
                    today.minusDays(age),
                    age,
                    random.nextInt(5) == 0 ? null : today.plusDays(random.nextInt(-30, 90))));
        }
        return out;
    }
}
