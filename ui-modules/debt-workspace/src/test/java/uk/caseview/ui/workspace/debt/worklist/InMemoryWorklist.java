package uk.caseview.ui.workspace.debt.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.model.debt.WorklistPage;
import uk.caseview.sdk.repayment.WorklistFilter;

/** A worklist endpoint over rows in memory, filtering and sorting as the contract says the server does. */
public final class InMemoryWorklist implements WorklistPageSource {

    private final List<WorklistItem> rows;
    public final AtomicInteger calls = new AtomicInteger();
    public final List<Integer> pagesAsked = java.util.Collections.synchronizedList(new ArrayList<>());

    public InMemoryWorklist(List<WorklistItem> rows) {
        this.rows = rows;
    }

    public static InMemoryWorklist synthetic(int count) {
        SplittableRandom random = new SplittableRandom(7);
        PlanStatus[] plans = {PlanStatus.ACTIVE, PlanStatus.IN_ARREARS, PlanStatus.BROKEN, null};
        LocalDate today = LocalDate.of(2026, 1, 1);
        List<WorklistItem> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int age = random.nextInt(1, 2_000);
            rows.add(new WorklistItem("D%07d".formatted(i), "ZX%06dA".formatted(i % 1_000_000),
                    DebtType.values()[random.nextInt(7)], DebtStatus.ACTIVE, plans[random.nextInt(plans.length)],
                    random.nextLong(100, 1_000_000), today.minusDays(age), age, today.plusDays(random.nextInt(60))));
        }
        return new InMemoryWorklist(rows);
    }

    @Override
    public WorklistPage fetch(WorklistFilter filter, int page, int size) {
        calls.incrementAndGet();
        pagesAsked.add(page);
        List<WorklistItem> matching = new ArrayList<>(rows.stream().filter(filter.predicate()).toList());
        matching.sort(filter.sort().comparator());
        int from = Math.min(matching.size(), page * size);
        int to = Math.min(matching.size(), from + size);
        return new WorklistPage(matching.subList(from, to), page, size, matching.size());
    }
}
