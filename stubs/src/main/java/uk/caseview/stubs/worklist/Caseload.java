package uk.caseview.stubs.worklist;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.stubs.data.build.DebtBuilder;
import uk.caseview.stubs.data.gen.Population;

/**
 * The debt team's caseload: every debt of generated citizens 0, 1, 2, ... until the target count
 * is reached, held column by column in primitive arrays (about 45 bytes a debt with its sort
 * orders; 5 MB for 120,000) and pre-sorted by balance, age and next action, so a filtered,
 * sorted page is one pass over an int array.
 */
public final class Caseload {

    static final int NO_DATE = Integer.MIN_VALUE;
    private static final int BATCH = 8_192;
    private static final DebtType[] TYPES = DebtType.values();
    private static final DebtStatus[] STATUSES = DebtStatus.values();
    private static final PlanStatus[] PLAN_STATUSES = PlanStatus.values();

    final int size;
    final int[] citizen;
    final byte[] ordinal;
    final byte[] type;
    final byte[] status;
    final byte[] planStatus;
    final long[] outstanding;
    final int[] raised;
    final int[] nextDue;
    final int[] byBalance;
    final int[] byRaised;
    final int[] byNextDue;
    final int nextDueCount;

    private Caseload(int size, int[] citizen, byte[] ordinal, byte[] type, byte[] status, byte[] planStatus,
            long[] outstanding, int[] raised, int[] nextDue) {
        this.size = size;
        this.citizen = citizen;
        this.ordinal = ordinal;
        this.type = type;
        this.status = status;
        this.planStatus = planStatus;
        this.outstanding = outstanding;
        this.raised = raised;
        this.nextDue = nextDue;
        this.byBalance = order(size, i -> outstanding[i]);
        this.byRaised = order(size, i -> raised[i]);
        int withDate = 0;
        for (int i = 0; i < size; i++) {
            withDate += nextDue[i] == NO_DATE ? 0 : 1;
        }
        this.nextDueCount = withDate;
        // Debts with a next action first (sorted by it), then those without, in caseload order.
        this.byNextDue = order(size, i -> nextDue[i] == NO_DATE ? Long.MAX_VALUE >> 23 : nextDue[i]);
    }

    public static Caseload build(Population population, int targetDebts) {
        return build(population, targetDebts, done -> { });
    }

    /** As {@link #build(Population, int)}, telling {@code progress} the share done (0 to 1) after each batch. */
    public static Caseload build(Population population, int targetDebts, DoubleConsumer progress) {
        int capacity = targetDebts + 8;
        int[] citizen = new int[capacity];
        byte[] ordinal = new byte[capacity];
        byte[] type = new byte[capacity];
        byte[] status = new byte[capacity];
        byte[] planStatus = new byte[capacity];
        long[] outstanding = new long[capacity];
        int[] raised = new int[capacity];
        int[] nextDue = new int[capacity];
        int n = 0;
        // Citizens are generated in parallel batches and appended in index order, so the result is
        // the same whatever the number of cores.
        for (int from = 0; n < targetDebts && from < population.size(); from += BATCH) {
            List<List<DebtBuilder.Built>> batch = IntStream.range(from, Math.min(from + BATCH, population.size()))
                    .parallel().mapToObj(population::debts).toList();
            for (int b = 0; b < batch.size() && n < targetDebts; b++) {
                int index = from + b;
                List<DebtBuilder.Built> debts = batch.get(b);
                for (int k = 0; k < debts.size() && n < targetDebts; k++) {
                    Debt d = debts.get(k).debt();
                    citizen[n] = index;
                    ordinal[n] = (byte) (k + 1);
                    type[n] = (byte) d.type().ordinal();
                    status[n] = (byte) d.status().ordinal();
                    planStatus[n] = d.repaymentPlan() == null ? -1 : (byte) d.repaymentPlan().status().ordinal();
                    outstanding[n] = d.outstandingPence();
                    raised[n] = (int) d.raisedOn().toEpochDay();
                    LocalDate due = NextAction.due(d, debts.get(k).ledger());
                    nextDue[n] = due == null ? NO_DATE : (int) due.toEpochDay();
                    n++;
                }
            }
            progress.accept(targetDebts == 0 ? 1 : (double) n / targetDebts);
        }
        return new Caseload(n, Arrays.copyOf(citizen, n), Arrays.copyOf(ordinal, n), Arrays.copyOf(type, n),
                Arrays.copyOf(status, n), Arrays.copyOf(planStatus, n), Arrays.copyOf(outstanding, n),
                Arrays.copyOf(raised, n), Arrays.copyOf(nextDue, n));
    }

    public int size() {
        return size;
    }

    /** The highest citizen index with a debt in the caseload, or -1 if it is empty. */
    public int lastCitizen() {
        return size == 0 ? -1 : citizen[size - 1];
    }

    /** The position of a citizen's first debt, or -1 if they have none in the caseload. */
    int firstPositionOf(int citizenIndex) {
        int at = Arrays.binarySearch(citizen, citizenIndex);
        if (at < 0) {
            return -1;
        }
        while (at > 0 && citizen[at - 1] == citizenIndex) {
            at--;
        }
        return at;
    }

    public long bytes() {
        return (long) size * (4 + 1 + 1 + 1 + 1 + 8 + 4 + 4 + 3 * 4);
    }

    DebtType type(int i) {
        return TYPES[type[i]];
    }

    DebtStatus status(int i) {
        return STATUSES[status[i]];
    }

    PlanStatus planStatus(int i) {
        return planStatus[i] < 0 ? null : PLAN_STATUSES[planStatus[i]];
    }

    @FunctionalInterface
    private interface Key {
        long of(int position);
    }

    /** Positions sorted by key, ties in position order: the key is packed above the position and sorted as longs. */
    private static int[] order(int size, Key key) {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            packed[i] = (key.of(i) << 23) | i;
        }
        Arrays.sort(packed);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) (packed[i] & ((1 << 23) - 1));
        }
        return out;
    }
}
