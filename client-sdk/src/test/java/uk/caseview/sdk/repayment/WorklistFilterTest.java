package uk.caseview.sdk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.json.Json;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.WorklistItem;

class WorklistFilterTest {

    private static WorklistItem item(String id, DebtType type, PlanStatus plan, long balance, int age, LocalDate next) {
        return new WorklistItem(id, "ZX123456A", type, DebtStatus.ACTIVE, plan, balance, LocalDate.of(2024, 1, 1), age,
                next);
    }

    @Test
    void becomesTheContractsQuery() {
        WorklistFilter f = new WorklistFilter(DebtStatus.IN_ARREARS, DebtType.BUDGETING_LOAN, PlanStatus.IN_ARREARS,
                10_000L, 500_000L, 90, LocalDate.of(2025, 7, 1), WorklistSort.OLDEST_FIRST);
        assertThat(f.toQuery(3, 200)).containsExactly(
                Map.entry("status", "in_arrears"),
                Map.entry("type", "budgeting_loan"),
                Map.entry("planStatus", "in_arrears"),
                Map.entry("minBalancePence", "10000"),
                Map.entry("maxBalancePence", "500000"),
                Map.entry("minAgeDays", "90"),
                Map.entry("nextActionDueBy", "2025-07-01"),
                Map.entry("sort", "-age"),
                Map.entry("page", "3"),
                Map.entry("size", "200"));
        assertThat(WorklistFilter.ALL.toQuery(0, 100)).containsOnlyKeys("sort", "page", "size");
    }

    @Test
    void enumNamesMatchTheJsonSpelling() throws Exception {
        for (Enum<?> e : new Enum<?>[] {DebtType.BUDGETING_LOAN, DebtType.TAX_CREDIT, PlanStatus.IN_ARREARS,
                DebtStatus.WRITTEN_OFF, DebtStatus.ON_HOLD}) {
            assertThat('"' + WorklistFilter.apiName(e) + '"').isEqualTo(Json.mapper().writeValueAsString(e));
        }
    }

    @Test
    void filtersRowsInMemoryAsTheServerDoes() {
        LocalDate due = LocalDate.of(2025, 7, 1);
        WorklistFilter broken = WorklistFilter.ALL.withPlanStatus(PlanStatus.BROKEN);
        assertThat(broken.predicate().test(item("A", DebtType.ADVANCE, PlanStatus.BROKEN, 1, 1, null))).isTrue();
        assertThat(broken.predicate().test(item("A", DebtType.ADVANCE, PlanStatus.ACTIVE, 1, 1, null))).isFalse();

        WorklistFilter dueBy = new WorklistFilter(null, null, null, 100L, 200L, 30, due, null);
        assertThat(dueBy.predicate().test(item("A", DebtType.ADVANCE, null, 150, 30, due))).isTrue();
        assertThat(dueBy.predicate().test(item("A", DebtType.ADVANCE, null, 150, 30, due.plusDays(1)))).isFalse();
        assertThat(dueBy.predicate().test(item("A", DebtType.ADVANCE, null, 150, 30, null))).isFalse();
        assertThat(dueBy.predicate().test(item("A", DebtType.ADVANCE, null, 201, 30, due))).isFalse();
        assertThat(dueBy.predicate().test(item("A", DebtType.ADVANCE, null, 150, 29, due))).isFalse();
    }

    @Test
    void sortsAreTotalAndPutMissingActionsLast() {
        WorklistItem a = item("A", DebtType.ADVANCE, null, 100, 10, LocalDate.of(2025, 1, 2));
        WorklistItem b = item("B", DebtType.ADVANCE, null, 100, 20, null);
        WorklistItem c = item("C", DebtType.ADVANCE, null, 300, 5, LocalDate.of(2025, 1, 1));
        var rows = new java.util.ArrayList<>(java.util.List.of(b, c, a));
        rows.sort(WorklistSort.BALANCE_HIGH_FIRST.comparator());
        assertThat(rows).extracting(WorklistItem::debtId).containsExactly("C", "A", "B");
        rows.sort(WorklistSort.ACTION_DUE_SOONEST.comparator());
        assertThat(rows).extracting(WorklistItem::debtId).containsExactly("C", "A", "B");
        rows.sort(WorklistSort.ACTION_DUE_LATEST.comparator());
        assertThat(rows).extracting(WorklistItem::debtId).containsExactly("A", "C", "B");
        rows.sort(WorklistSort.OLDEST_FIRST.comparator());
        assertThat(rows).extracting(WorklistItem::debtId).containsExactly("B", "A", "C");
        assertThat(WorklistSort.fromApiValue("nextActionDue")).isEqualTo(WorklistSort.ACTION_DUE_SOONEST);
    }
}
