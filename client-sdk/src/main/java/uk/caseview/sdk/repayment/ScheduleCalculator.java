package uk.caseview.sdk.repayment;

import static uk.caseview.sdk.repayment.PlanMessage.Code;
import static uk.caseview.sdk.repayment.PlanMessage.error;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.caseview.sdk.model.Frequency;

/**
 * Turns plan terms into a schedule and says what is wrong with it. Pure and fast (it runs on
 * every keystroke in the plan builder); the preview and the agreed plan come from this one
 * calculation, so what the caseworker saw is what is sent.
 *
 * <p>Every instalment is the same amount except the last, which is whatever is left: never more
 * than a regular one, never zero. The amounts add up to the balance exactly.
 */
public final class ScheduleCalculator {

    /** The hardship reason's limit in the API contract. */
    public static final int HARDSHIP_REASON_MAX = 2000;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final RecoveryReferenceData rules;

    public ScheduleCalculator(RecoveryReferenceData rules) {
        this.rules = rules;
    }

    public RepaymentSchedule calculate(PlanTerms terms, LocalDate today) {
        List<PlanMessage> messages = new ArrayList<>();
        checkHardship(terms, messages);
        if (terms.balancePence() <= 0) {
            messages.add(error(Code.NOTHING_OWED, "Nothing is owed on this debt, so it needs no plan."));
            return new RepaymentSchedule(terms, List.of(), messages);
        }
        Frequency frequency = terms.frequency();
        if (frequency == null || frequency == Frequency.UNKNOWN) {
            messages.add(error(Code.FREQUENCY_MISSING, "Choose how often the instalment is paid."));
            return new RepaymentSchedule(terms, List.of(), messages);
        }
        LocalDate start = terms.startDate();
        if (start == null) {
            messages.add(error(Code.START_MISSING, "Enter the date of the first instalment."));
            return new RepaymentSchedule(terms, List.of(), messages);
        }
        if (start.isBefore(rules.firstDay())) {
            messages.add(error(Code.NO_REFERENCE_DATA, "Plans can't start before " + DAY.format(rules.firstDay())
                    + ": there are no deduction rules for earlier dates."));
            return new RepaymentSchedule(terms, List.of(), messages);
        }
        if (today != null && start.isBefore(today)) {
            messages.add(error(Code.START_IN_PAST, "The first instalment can't be before today ("
                    + DAY.format(today) + ")."));
        }
        long instalment = terms.instalmentPence();
        if (instalment <= 0) {
            messages.add(error(Code.NEVER_CLEARS, "Enter an instalment above £0.00: at "
                    + Pence.format(Math.max(0, instalment)) + " the debt is never repaid."));
            return new RepaymentSchedule(terms, List.of(), messages);
        }

        long balance = terms.balancePence();
        long count = Math.ceilDiv(balance, instalment);
        int maxMonths = rules.maximumPlanMonths(start);
        long allowed = InstalmentDates.countBefore(start, frequency, start.plusMonths(maxMonths));
        if (count > allowed) {
            messages.add(error(Code.TOO_LONG, tooLong(terms, count, allowed, maxMonths)));
            return new RepaymentSchedule(terms, List.of(), messages);
        }

        List<ScheduledInstalment> rows = new ArrayList<>((int) count);
        long left = balance;
        for (int i = 0; i < count; i++) {
            long amount = Math.min(instalment, left);
            left -= amount;
            rows.add(new ScheduledInstalment(i + 1, InstalmentDates.due(start, frequency, i), amount, left));
        }

        checkMinimum(terms, count, messages);
        if (terms.byDeduction()) {
            checkCap(terms, rows, messages);
        }
        return new RepaymentSchedule(terms, rows, messages);
    }

    private void checkMinimum(PlanTerms terms, long count, List<PlanMessage> messages) {
        if (count == 1) {
            return; // paying the whole balance at once is never too little
        }
        long minimumMonthly = rules.minimumInstalmentMonthlyPence(terms.startDate());
        Frequency f = terms.frequency();
        long typedTimesYear = Math.multiplyExact(terms.instalmentPence(), (long) f.perYear());
        if (typedTimesYear < Math.multiplyExact(minimumMonthly, 12L)) {
            long minimumHere = Math.ceilDiv(Math.multiplyExact(minimumMonthly, 12L), (long) f.perYear());
            String text = Pence.format(terms.instalmentPence()) + " " + Pence.per(f)
                    + " is below the minimum instalment of " + Pence.format(minimumMonthly) + " a month";
            text += f == Frequency.MONTHLY ? "." : " (" + Pence.format(minimumHere) + " " + Pence.per(f) + ").";
            messages.add(error(Code.BELOW_MINIMUM, text));
        }
    }

    private void checkCap(PlanTerms terms, List<ScheduledInstalment> rows, List<PlanMessage> messages) {
        if (terms.circumstance() == null) {
            messages.add(error(Code.CIRCUMSTANCE_MISSING, "Choose the customer's standard allowance band:"
                    + " the cap on deductions depends on it."));
            return;
        }
        Frequency f = terms.frequency();
        long capSeenFor = -1;
        LocalDate capDate = null;
        for (ScheduledInstalment row : rows) {
            long cap = rules.deductionCapMonthlyPence(terms.circumstance(), row.dueDate());
            if (cap == capSeenFor) {
                continue; // same cap as the row before: only the first row per cap can be the largest
            }
            capSeenFor = cap;
            capDate = row.dueDate();
            long headroom = cap - terms.otherDeductionsMonthlyPence();
            if (Pence.exceedsMonthly(row.amountPence(), f, Math.max(0, headroom))) {
                messages.add(error(Code.EXCEEDS_CAP, overCap(terms, row, cap, headroom, capDate)));
                return;
            }
        }
    }

    private String overCap(PlanTerms terms, ScheduledInstalment row, long cap, long headroom, LocalDate on) {
        Frequency f = terms.frequency();
        String capText = "the " + rules.deductionCapPercent(on).stripTrailingZeros().toPlainString()
                + "% cap on deductions from the standard allowance (" + Pence.format(cap) + " a month in the \""
                + terms.circumstance().label() + "\" band, from "
                + DAY.format(rules.deductionCapSince(on)) + ")";
        if (headroom <= 0) {
            return "Other deductions of " + Pence.format(terms.otherDeductionsMonthlyPence())
                    + " a month already use all of " + capText
                    + ". This debt can't be recovered by deduction now: consider a direct payment plan.";
        }
        String others = terms.otherDeductionsMonthlyPence() > 0
                ? ", with " + Pence.format(terms.otherDeductionsMonthlyPence()) + " a month of other deductions,"
                : "";
        String when = row.number() == 1 ? "" : " from instalment " + row.number() + " (" + DAY.format(row.dueDate()) + ")";
        return Pence.format(row.amountPence()) + " " + Pence.per(f) + others + " is more than " + capText + when
                + ". The most this plan can take is " + Pence.format(Pence.perPeriodFromMonthly(headroom, f)) + " "
                + Pence.per(f) + ".";
    }

    private static void checkHardship(PlanTerms terms, List<PlanMessage> messages) {
        if (!terms.reducedForHardship()) {
            return;
        }
        String reason = terms.hardshipReason() == null ? "" : terms.hardshipReason().strip();
        if (reason.isEmpty()) {
            messages.add(error(Code.HARDSHIP_REASON_REQUIRED,
                    "A reduced rate for hardship needs a reason: say what the hardship is."));
        } else if (reason.length() > HARDSHIP_REASON_MAX) {
            messages.add(error(Code.HARDSHIP_REASON_TOO_LONG, "The hardship reason is " + reason.length()
                    + " characters; the most is " + HARDSHIP_REASON_MAX + "."));
        }
    }

    private static String tooLong(PlanTerms terms, long count, long allowed, int maxMonths) {
        Frequency f = terms.frequency();
        long smallest = Math.ceilDiv(terms.balancePence(), allowed);
        String years = maxMonths % 12 == 0 ? (maxMonths / 12) + " years" : maxMonths + " months";
        String until;
        // Far-off end dates overflow LocalDate's range; by then the month no longer matters.
        if (count < 100_000) {
            until = ", until " + MONTH.format(InstalmentDates.due(terms.startDate(), f, count - 1)) + ",";
        } else {
            until = "";
        }
        return "At " + Pence.format(terms.instalmentPence()) + " " + Pence.per(f) + " this debt takes "
                + String.format(Locale.UK, "%,d", count) + " instalments" + until + " to clear. A plan can run for at most "
                + years + ": the smallest instalment that clears it in time is " + Pence.format(smallest) + " "
                + Pence.per(f) + ".";
    }
}
