package uk.caseview.sdk.repayment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.WorklistItem;

/**
 * The worklist's filters and sort: one value that becomes the query of
 * {@code GET /debt/v1/worklist}, and the same test for rows held in memory. Null means "any".
 * It holds criteria only, never a person's details, so it is safe to save as a named filter.
 */
public record WorklistFilter(
        DebtStatus status,
        DebtType type,
        PlanStatus planStatus,
        Long minBalancePence,
        Long maxBalancePence,
        Integer minAgeDays,
        LocalDate nextActionDueBy,
        WorklistSort sort) {

    public static final WorklistFilter ALL =
            new WorklistFilter(null, null, null, null, null, null, null, WorklistSort.BALANCE_HIGH_FIRST);

    public WorklistFilter {
        sort = sort == null ? WorklistSort.BALANCE_HIGH_FIRST : sort;
    }

    /** The query parameters, for a page of {@code size} rows starting at page {@code page} (from 0). */
    public Map<String, String> toQuery(int page, int size) {
        Map<String, String> q = new LinkedHashMap<>();
        if (status != null) {
            q.put("status", apiName(status));
        }
        if (type != null) {
            q.put("type", apiName(type));
        }
        if (planStatus != null) {
            q.put("planStatus", apiName(planStatus));
        }
        if (minBalancePence != null) {
            q.put("minBalancePence", Long.toString(minBalancePence));
        }
        if (maxBalancePence != null) {
            q.put("maxBalancePence", Long.toString(maxBalancePence));
        }
        if (minAgeDays != null) {
            q.put("minAgeDays", Integer.toString(minAgeDays));
        }
        if (nextActionDueBy != null) {
            q.put("nextActionDueBy", nextActionDueBy.toString());
        }
        q.put("sort", sort.apiValue());
        q.put("page", Integer.toString(page));
        q.put("size", Integer.toString(size));
        return q;
    }

    /** The same filter applied to a row in memory, as the server applies it. */
    public Predicate<WorklistItem> predicate() {
        return item -> (status == null || item.status() == status)
                && (type == null || item.type() == type)
                && (planStatus == null || item.planStatus() == planStatus)
                && (minBalancePence == null || item.outstandingPence() >= minBalancePence)
                && (maxBalancePence == null || item.outstandingPence() <= maxBalancePence)
                && (minAgeDays == null || item.ageDays() >= minAgeDays)
                && (nextActionDueBy == null
                        || (item.nextActionDue() != null && !item.nextActionDue().isAfter(nextActionDueBy)));
    }

    public WorklistFilter withSort(WorklistSort s) {
        return new WorklistFilter(status, type, planStatus, minBalancePence, maxBalancePence, minAgeDays,
                nextActionDueBy, s);
    }

    public WorklistFilter withPlanStatus(PlanStatus p) {
        return new WorklistFilter(status, type, p, minBalancePence, maxBalancePence, minAgeDays, nextActionDueBy, sort);
    }

    /** The contract's spelling of an enum constant, e.g. {@code in_arrears}. */
    static String apiName(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
