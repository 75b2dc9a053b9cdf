package uk.caseview.ui.workspace.debt.worklist;

import java.time.LocalDate;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.repayment.WorklistFilter;
import uk.caseview.sdk.repayment.WorklistSort;

/**
 * What the caseworker chose in the filter bar. Like {@link WorklistFilter}, but "next action due"
 * is relative ("within 7 days"), so a saved filter still means the same thing next week. Null
 * means "any". Criteria only, never a person's details: safe to save to disk.
 *
 * @param actionDueWithinDays 0 for due today or overdue, 7 for due within a week, …
 */
public record WorklistCriteria(
        DebtStatus status,
        DebtType type,
        PlanStatus planStatus,
        Long minBalancePence,
        Long maxBalancePence,
        Integer minAgeDays,
        Integer actionDueWithinDays,
        WorklistSort sort) {

    public static final WorklistCriteria ANY =
            new WorklistCriteria(null, null, null, null, null, null, null, WorklistSort.BALANCE_HIGH_FIRST);

    public WorklistCriteria {
        sort = sort == null ? WorklistSort.BALANCE_HIGH_FIRST : sort;
    }

    public WorklistFilter toFilter(LocalDate today) {
        LocalDate dueBy = actionDueWithinDays == null ? null : today.plusDays(actionDueWithinDays);
        return new WorklistFilter(status, type, planStatus, minBalancePence, maxBalancePence, minAgeDays, dueBy, sort);
    }

    public WorklistCriteria withSort(WorklistSort s) {
        return new WorklistCriteria(status, type, planStatus, minBalancePence, maxBalancePence, minAgeDays,
                actionDueWithinDays, s);
    }
}
