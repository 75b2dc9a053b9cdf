package uk.caseview.sdk.repayment;

import java.util.Comparator;
import uk.caseview.sdk.model.debt.WorklistItem;

/** The worklist's sort orders, as the contract's {@code sort} parameter spells them. */
public enum WorklistSort {
    BALANCE_HIGH_FIRST("-balance", "Balance, highest first"),
    BALANCE_LOW_FIRST("balance", "Balance, lowest first"),
    OLDEST_FIRST("-age", "Age, oldest first"),
    NEWEST_FIRST("age", "Age, newest first"),
    ACTION_DUE_SOONEST("nextActionDue", "Next action, soonest first"),
    ACTION_DUE_LATEST("-nextActionDue", "Next action, latest first");

    private final String apiValue;
    private final String label;

    WorklistSort(String apiValue, String label) {
        this.apiValue = apiValue;
        this.label = label;
    }

    public String apiValue() {
        return apiValue;
    }

    public String label() {
        return label;
    }

    /**
     * The same order for rows already in memory. Ties fall back to the debt id so the order is
     * total and a page boundary never splits equal rows differently twice. Debts with no next
     * action sort last either way.
     */
    public Comparator<WorklistItem> comparator() {
        Comparator<WorklistItem> primary = switch (this) {
            case BALANCE_HIGH_FIRST -> Comparator.comparingLong(WorklistItem::outstandingPence).reversed();
            case BALANCE_LOW_FIRST -> Comparator.comparingLong(WorklistItem::outstandingPence);
            case OLDEST_FIRST -> Comparator.comparingInt(WorklistItem::ageDays).reversed();
            case NEWEST_FIRST -> Comparator.comparingInt(WorklistItem::ageDays);
            case ACTION_DUE_SOONEST -> Comparator.comparing(
                    WorklistItem::nextActionDue, Comparator.nullsLast(Comparator.naturalOrder()));
            case ACTION_DUE_LATEST -> Comparator.comparing(
                    WorklistItem::nextActionDue, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()));
        };
        return primary.thenComparing(WorklistItem::debtId);
    }

    public static WorklistSort fromApiValue(String value) {
        for (WorklistSort s : values()) {
            if (s.apiValue.equals(value)) {
                return s;
            }
        }
        return BALANCE_HIGH_FIRST;
    }
}
