package uk.caseview.stubs.worklist;

import java.time.LocalDate;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;

/** The worklist's filters, sort and page; null filters match everything. */
public record WorklistQuery(
        DebtStatus status, DebtType type, PlanStatus planStatus, Long minBalancePence, Long maxBalancePence,
        Integer minAgeDays, LocalDate nextActionDueBy, Sort sort, boolean descending, int page, int size) {

    /** What the list is ordered by; ties go to the caseload's own order, so pages never overlap. */
    public enum Sort { BALANCE, AGE, NEXT_ACTION_DUE }

    /** Parses the contract's sort values: balance, -balance, age, -age, nextActionDue, -nextActionDue. */
    public static Sort sortOf(String value) {
        String v = value.startsWith("-") ? value.substring(1) : value;
        return switch (v) {
            case "balance" -> Sort.BALANCE;
            case "age" -> Sort.AGE;
            default -> Sort.NEXT_ACTION_DUE;
        };
    }
}
