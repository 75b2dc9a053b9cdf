package uk.caseview.stubs.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.model.debt.WorklistPage;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.Ids;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.data.build.DebtBuilder;
import uk.caseview.stubs.data.gen.Population;

/** The worklist against a brute-force model of the same caseload: same rows, same counts, right order. */
class WorklistTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final int DEBTS = 3_000;

    private final Population population = new Population(42, 15_000_000, TODAY);
    private final Caseload caseload = Caseload.build(population, DEBTS);
    private final Worklist worklist = new Worklist(caseload, TODAY);

    /** The model: every caseload debt as the API would show it. */
    private List<WorklistItem> model(Map<String, CitizenRecord> changed) {
        List<WorklistItem> all = new ArrayList<>();
        for (int index = 0; all.size() < DEBTS; index++) {
            String nino = NinoScheme.ninoOf(index);
            CitizenRecord override = changed.get(nino);
            List<DebtBuilder.Built> built = population.debts(index);
            for (int k = 0; k < built.size() && all.size() < DEBTS; k++) {
                Debt d = override != null ? override.debts().get(k) : built.get(k).debt();
                LocalDate due = NextAction.due(d, built.get(k).ledger());
                all.add(new WorklistItem(d.debtId(), nino, d.type(), d.status(),
                        d.repaymentPlan() == null ? null : d.repaymentPlan().status(), d.outstandingPence(),
                        d.raisedOn(), (int) (TODAY.toEpochDay() - d.raisedOn().toEpochDay()), due));
            }
        }
        return all;
    }

    private List<WorklistItem> allPages(WorklistQuery q, Map<String, CitizenRecord> changed) {
        List<WorklistItem> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            WorklistPage p = worklist.page(new WorklistQuery(q.status(), q.type(), q.planStatus(), q.minBalancePence(),
                    q.maxBalancePence(), q.minAgeDays(), q.nextActionDueBy(), q.sort(), q.descending(), page, 97),
                    changed);
            out.addAll(p.items());
            if (p.items().size() < 97) {
                assertThat(p.totalItems()).isEqualTo(out.size());
                return out;
            }
        }
    }

    private static WorklistQuery sortOnly(WorklistQuery.Sort sort, boolean descending) {
        return new WorklistQuery(null, null, null, null, null, null, null, sort, descending, 0, 100);
    }

    @Test
    void theCaseloadHoldsTheTargetNumberOfDebtsInCitizenOrder() {
        assertThat(caseload.size()).isEqualTo(DEBTS);
        assertThat(model(Map.of())).extracting(WorklistItem::debtId)
                .containsExactlyInAnyOrderElementsOf(allPages(sortOnly(WorklistQuery.Sort.BALANCE, true), Map.of())
                        .stream().map(WorklistItem::debtId).toList());
    }

    @Test
    void everySortOrdersEveryPageAndPagesNeverOverlap() {
        Comparator<WorklistItem> dueNullsLast = Comparator.comparing(WorklistItem::nextActionDue,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, Comparator<WorklistItem>> expected = Map.of(
                "balance", Comparator.comparingLong(WorklistItem::outstandingPence),
                "-balance", Comparator.comparingLong(WorklistItem::outstandingPence).reversed(),
                "age", Comparator.comparingInt(WorklistItem::ageDays),
                "-age", Comparator.comparingInt(WorklistItem::ageDays).reversed(),
                "nextActionDue", dueNullsLast,
                "-nextActionDue", Comparator.comparing(WorklistItem::nextActionDue,
                        Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())));
        for (var e : expected.entrySet()) {
            List<WorklistItem> items = allPages(sortOnly(WorklistQuery.sortOf(e.getKey()), e.getKey().startsWith("-")),
                    Map.of());
            assertThat(items).as(e.getKey()).hasSize(DEBTS).isSortedAccordingTo(e.getValue());
            assertThat(items).extracting(WorklistItem::debtId).doesNotHaveDuplicates();
        }
    }

    @Test
    void filtersMatchTheModel() {
        List<WorklistItem> all = model(Map.of());
        check(all, new WorklistQuery(DebtStatus.IN_ARREARS, null, null, null, null, null, null,
                WorklistQuery.Sort.BALANCE, true, 0, 100), i -> i.status() == DebtStatus.IN_ARREARS);
        check(all, new WorklistQuery(null, DebtType.ADVANCE, PlanStatus.ACTIVE, null, null, null, null,
                WorklistQuery.Sort.AGE, false, 0, 100),
                i -> i.type() == DebtType.ADVANCE && i.planStatus() == PlanStatus.ACTIVE);
        check(all, new WorklistQuery(null, null, null, 10_000L, 50_000L, 365, null,
                WorklistQuery.Sort.NEXT_ACTION_DUE, false, 0, 100),
                i -> i.outstandingPence() >= 10_000 && i.outstandingPence() <= 50_000 && i.ageDays() >= 365);
        LocalDate by = TODAY.plusDays(14);
        check(all, new WorklistQuery(null, null, null, null, null, null, by,
                WorklistQuery.Sort.NEXT_ACTION_DUE, true, 0, 100),
                i -> i.nextActionDue() != null && !i.nextActionDue().isAfter(by));
    }

    private void check(List<WorklistItem> all, WorklistQuery q, Predicate<WorklistItem> rule) {
        Set<String> expected = new HashSet<>();
        all.stream().filter(rule).forEach(i -> expected.add(i.debtId()));
        assertThat(expected).isNotEmpty();
        List<WorklistItem> got = allPages(q, Map.of());
        assertThat(got).extracting(WorklistItem::debtId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(worklist.page(q, Map.of()).totalItems()).isEqualTo(expected.size());
    }

    @Test
    void aSessionsAgreedPlanMovesTheDebtOutOfArrearsForThatSessionOnly() {
        WorklistItem arrears = model(Map.of()).stream().filter(i -> i.status() == DebtStatus.IN_ARREARS)
                .findFirst().orElseThrow();
        int index = NinoScheme.indexOf(arrears.nino());
        CitizenRecord record = CitizenRecord.copyOf(population.citizen(index));
        List<Debt> debts = new ArrayList<>();
        for (Debt d : record.debts()) {
            if (d.debtId().equals(arrears.debtId())) {
                RepaymentPlan plan = new RepaymentPlan("P-new", 1_000, d.repaymentPlan().frequency(),
                        d.repaymentPlan().method(), TODAY.plusDays(3), null, TODAY.plusDays(3), PlanStatus.ACTIVE, 0,
                        null);
                d = new Debt(d.debtId(), d.nino(), d.type(), d.benefit(), d.reason(), d.originalPence(),
                        d.outstandingPence(), d.recoveryMethod(), DebtStatus.ACTIVE, d.raisedOn(), plan, 2);
            }
            debts.add(d);
        }
        Map<String, CitizenRecord> changed = new HashMap<>();
        changed.put(arrears.nino(), record.withDebts(debts));

        WorklistQuery inArrears = new WorklistQuery(DebtStatus.IN_ARREARS, null, null, null, null, null, null,
                WorklistQuery.Sort.NEXT_ACTION_DUE, false, 0, 100);
        WorklistQuery active = new WorklistQuery(DebtStatus.ACTIVE, null, null, null, null, null, null,
                WorklistQuery.Sort.NEXT_ACTION_DUE, false, 0, 100);
        assertThat(allPages(inArrears, Map.of())).extracting(WorklistItem::debtId).contains(arrears.debtId());
        assertThat(allPages(inArrears, changed)).extracting(WorklistItem::debtId).doesNotContain(arrears.debtId());
        List<WorklistItem> nowActive = allPages(active, changed);
        assertThat(nowActive).extracting(WorklistItem::debtId).contains(arrears.debtId());
        assertThat(nowActive).isSortedAccordingTo(Comparator.comparing(WorklistItem::nextActionDue,
                Comparator.nullsLast(Comparator.naturalOrder())));
        assertThat(worklist.page(active, changed).totalItems())
                .isEqualTo(worklist.page(active, Map.of()).totalItems() + 1);
        assertThat(Ids.keyOfDebtId(arrears.debtId())).isEqualTo(index);
    }
}
