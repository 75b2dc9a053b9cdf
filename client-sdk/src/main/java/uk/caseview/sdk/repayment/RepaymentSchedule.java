package uk.caseview.sdk.repayment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A previewed plan, in the manner of Fineract's loan schedule preview: every instalment with its
 * due date and the balance left, the totals, and what is wrong with it. The instalments are empty
 * when no sensible schedule exists (nothing owed, an instalment that never clears the debt).
 */
public record RepaymentSchedule(PlanTerms terms, List<ScheduledInstalment> instalments, List<PlanMessage> messages) {

    public RepaymentSchedule {
        instalments = List.copyOf(instalments);
        messages = List.copyOf(messages);
    }

    /** The first due date, which is the plan's start date; empty when there is no schedule. */
    public Optional<LocalDate> firstDate() {
        return instalments.isEmpty() ? Optional.empty() : Optional.of(instalments.getFirst().dueDate());
    }

    /** The date of the last instalment, when the debt is cleared. */
    public Optional<LocalDate> endDate() {
        return instalments.isEmpty() ? Optional.empty() : Optional.of(instalments.getLast().dueDate());
    }

    public int count() {
        return instalments.size();
    }

    public long totalPence() {
        long total = 0;
        for (ScheduledInstalment i : instalments) {
            total += i.amountPence();
        }
        return total;
    }

    /** The amount of the final, possibly smaller, instalment. */
    public Optional<Long> finalInstalmentPence() {
        return instalments.isEmpty() ? Optional.empty() : Optional.of(instalments.getLast().amountPence());
    }

    public List<PlanMessage> errors() {
        return messages.stream().filter(PlanMessage::isError).toList();
    }

    public boolean hasErrors() {
        return messages.stream().anyMatch(PlanMessage::isError);
    }

    public boolean has(PlanMessage.Code code) {
        return messages.stream().anyMatch(m -> m.code() == code);
    }

    /** True when the plan can be agreed: a schedule exists and nothing is in error. */
    public boolean agreeable() {
        return !instalments.isEmpty() && !hasErrors();
    }
}
