package uk.caseview.stubs.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.model.debt.WorklistPage;
import uk.caseview.stubs.data.CitizenRecord;
import uk.caseview.stubs.data.Ids;
import uk.caseview.stubs.data.NinoScheme;

/**
 * Answers worklist queries over a {@link Caseload}. A training session's changed citizens replace
 * their seeded rows: their debts are filtered and sorted the same way and merged into the order,
 * so an agreed plan moves a debt out of "in arrears" for that trainee only.
 */
public final class Worklist {

    private final Caseload caseload;
    private final LocalDate today;

    public Worklist(Caseload caseload, LocalDate today) {
        this.caseload = caseload;
        this.today = today;
    }

    /** One row to consider: from the caseload arrays or from a session's changed record. */
    private record Row(int position, int citizen, int ordinal, DebtType type, DebtStatus status,
                       PlanStatus planStatus, long outstanding, int raised, int nextDue) {}

    public WorklistPage page(WorklistQuery q, Map<String, CitizenRecord> changedInSession) {
        List<Row> overrides = new ArrayList<>();
        Set<Integer> overridden = new HashSet<>();
        for (Map.Entry<String, CitizenRecord> e : changedInSession.entrySet()) {
            int index = NinoScheme.indexOf(e.getKey());
            int first = index < 0 ? -1 : caseload.firstPositionOf(index);
            if (first < 0) {
                continue;
            }
            overridden.add(index);
            CitizenRecord record = e.getValue();
            int position = first;
            for (Debt d : record.debts()) {
                if (position >= caseload.size || caseload.citizen[position] != index) {
                    break;
                }
                LocalDate due = NextAction.due(d, record.ledger(d.debtId()));
                Row row = new Row(position, index, caseload.ordinal[position], d.type(), d.status(),
                        d.repaymentPlan() == null ? null : d.repaymentPlan().status(), d.outstandingPence(),
                        (int) d.raisedOn().toEpochDay(), due == null ? Caseload.NO_DATE : (int) due.toEpochDay());
                if (matches(q, row)) {
                    overrides.add(row);
                }
                position++;
            }
        }
        Comparator<Row> order = comparator(q);
        overrides.sort(order);

        long skip = (long) q.page() * q.size();
        List<WorklistItem> items = new ArrayList<>(Math.min(q.size(), 500));
        long total = 0;
        int o = 0;
        int[] permutation = permutation(q.sort());
        boolean anyOverridden = !overridden.isEmpty();
        Filter filter = Filter.of(q, today);
        for (int k = 0; k < permutation.length; k++) {
            int i = at(q, permutation, k);
            if (!matches(filter, i) || (anyOverridden && overridden.contains(caseload.citizen[i]))) {
                continue;
            }
            if (o < overrides.size()) {
                Row row = row(i);
                while (o < overrides.size() && order.compare(overrides.get(o), row) < 0) {
                    total = take(overrides.get(o++), total, skip, q.size(), items);
                }
                total = take(row, total, skip, q.size(), items);
            } else {
                if (total >= skip && items.size() < q.size()) {
                    items.add(item(row(i)));
                }
                total++;
            }
        }
        while (o < overrides.size()) {
            total = take(overrides.get(o++), total, skip, q.size(), items);
        }
        return new WorklistPage(items, q.page(), q.size(), total);
    }

    private long take(Row row, long total, long skip, int size, List<WorklistItem> items) {
        if (total >= skip && items.size() < size) {
            items.add(item(row));
        }
        return total + 1;
    }

    private int[] permutation(WorklistQuery.Sort sort) {
        return switch (sort) {
            case BALANCE -> caseload.byBalance;
            case AGE -> caseload.byRaised;
            case NEXT_ACTION_DUE -> caseload.byNextDue;
        };
    }

    /**
     * The k-th position in the requested order. The permutations are ascending by (key, position);
     * descending balance walks backwards, and so does ascending age, which means youngest first
     * (latest raised date). Debts with no next action stay last, in caseload order, either way.
     */
    private int at(WorklistQuery q, int[] permutation, int k) {
        int n = permutation.length;
        return switch (q.sort()) {
            case BALANCE -> q.descending() ? permutation[n - 1 - k] : permutation[k];
            case AGE -> q.descending() ? permutation[k] : permutation[n - 1 - k];
            case NEXT_ACTION_DUE -> q.descending() && k < caseload.nextDueCount
                    ? permutation[caseload.nextDueCount - 1 - k]
                    : permutation[k];
        };
    }

    /** Exactly the walk's order, for rows held as objects (a session's changed debts). */
    private static Comparator<Row> comparator(WorklistQuery q) {
        return switch (q.sort()) {
            case BALANCE -> {
                Comparator<Row> c = Comparator.comparingLong(Row::outstanding).thenComparingInt(Row::position);
                yield q.descending() ? c.reversed() : c;
            }
            case AGE -> {
                Comparator<Row> c = Comparator.comparingInt(Row::raised).thenComparingInt(Row::position);
                yield q.descending() ? c : c.reversed();
            }
            case NEXT_ACTION_DUE -> {
                Comparator<Row> dated = Comparator.comparingInt(Row::nextDue).thenComparingInt(Row::position);
                Comparator<Row> c = q.descending() ? dated.reversed() : dated;
                yield (a, b) -> {
                    boolean aNone = a.nextDue() == Caseload.NO_DATE;
                    boolean bNone = b.nextDue() == Caseload.NO_DATE;
                    if (aNone || bNone) {
                        return aNone && bNone ? Integer.compare(a.position(), b.position()) : aNone ? 1 : -1;
                    }
                    return c.compare(a, b);
                };
            }
        };
    }

    private Row row(int i) {
        return new Row(i, caseload.citizen[i], caseload.ordinal[i], caseload.type(i), caseload.status(i),
                caseload.planStatus(i), caseload.outstanding[i], caseload.raised[i], caseload.nextDue[i]);
    }

    /** The query's filters as primitives, so the scan over the caseload allocates and computes nothing per debt. */
    private record Filter(int status, int type, int planStatus, long minBalance, long maxBalance, long latestRaised,
                          long dueBy) {
        static final int ANY = Integer.MIN_VALUE;

        static Filter of(WorklistQuery q, LocalDate today) {
            return new Filter(
                    q.status() == null ? ANY : q.status().ordinal(),
                    q.type() == null ? ANY : q.type().ordinal(),
                    q.planStatus() == null ? ANY : q.planStatus().ordinal(),
                    q.minBalancePence() == null ? Long.MIN_VALUE : q.minBalancePence(),
                    q.maxBalancePence() == null ? Long.MAX_VALUE : q.maxBalancePence(),
                    q.minAgeDays() == null ? Long.MAX_VALUE : today.toEpochDay() - q.minAgeDays(),
                    q.nextActionDueBy() == null ? Long.MIN_VALUE : q.nextActionDueBy().toEpochDay());
        }
    }

    /** The same filter as {@link #matches(WorklistQuery, Row)}, straight off the arrays. */
    private boolean matches(Filter f, int i) {
        Caseload c = caseload;
        if ((f.status() != Filter.ANY && c.status[i] != f.status())
                || (f.type() != Filter.ANY && c.type[i] != f.type())
                || (f.planStatus() != Filter.ANY && c.planStatus[i] != f.planStatus())) {
            return false;
        }
        long balance = c.outstanding[i];
        if (balance < f.minBalance() || balance > f.maxBalance() || c.raised[i] > f.latestRaised()) {
            return false;
        }
        int due = c.nextDue[i];
        return f.dueBy() == Long.MIN_VALUE || (due != Caseload.NO_DATE && due <= f.dueBy());
    }

    private boolean matches(WorklistQuery q, Row r) {
        if (q.status() != null && r.status() != q.status()) {
            return false;
        }
        if (q.type() != null && r.type() != q.type()) {
            return false;
        }
        if (q.planStatus() != null && r.planStatus() != q.planStatus()) {
            return false;
        }
        if (q.minBalancePence() != null && r.outstanding() < q.minBalancePence()) {
            return false;
        }
        if (q.maxBalancePence() != null && r.outstanding() > q.maxBalancePence()) {
            return false;
        }
        if (q.minAgeDays() != null && today.toEpochDay() - r.raised() < q.minAgeDays()) {
            return false;
        }
        return q.nextActionDueBy() == null
                || (r.nextDue() != Caseload.NO_DATE && r.nextDue() <= q.nextActionDueBy().toEpochDay());
    }

    private WorklistItem item(Row r) {
        return new WorklistItem(Ids.debtId(r.citizen(), r.ordinal()), NinoScheme.ninoOf(r.citizen()), r.type(),
                r.status(), r.planStatus(), r.outstanding(), LocalDate.ofEpochDay(r.raised()),
                (int) (today.toEpochDay() - r.raised()),
                r.nextDue() == Caseload.NO_DATE ? null : LocalDate.ofEpochDay(r.nextDue()));
    }
}
