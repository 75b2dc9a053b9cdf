package uk.caseview.ui.award;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.award.Payment;
import uk.caseview.ui.format.Dates;
import uk.caseview.ui.format.Labels;
import uk.caseview.ui.format.Money;
import uk.caseview.ui.theme.Tone;

/** What the award panel says about each benefit, worked out without any nodes. */
final class AwardViewModel {

    /** How many payments a card lists; the API's "recent" can be longer than a card should be. */
    static final int PAYMENTS_SHOWN = 4;

    private AwardViewModel() {}

    /** Live awards first, then pending, suspended, ended; newest first within each. */
    static List<Award> ordered(Awards awards) {
        return awards.awards().stream()
                .sorted(Comparator.comparingInt((Award a) -> rank(a.status()))
                        .thenComparing(Award::startDate, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    static String summary(Awards awards) {
        long live = awards.awards().stream().filter(a -> a.status() == Award.Status.LIVE).count();
        if (awards.awards().isEmpty()) {
            return "No awards on record";
        }
        return live + " live of " + awards.awards().size() + " award" + (awards.awards().size() == 1 ? "" : "s");
    }

    static String amount(Award award) {
        return Money.format(award.amountPence());
    }

    static String frequency(Frequency frequency) {
        return switch (frequency) {
            case WEEKLY -> "weekly";
            case FORTNIGHTLY -> "every 2 weeks";
            case FOUR_WEEKLY -> "every 4 weeks";
            case MONTHLY -> "monthly";
            case UNKNOWN -> "";
        };
    }

    /** "Net £350.00 after £43.45 deductions", or empty when nothing is deducted. */
    static String net(Award award) {
        long deductions = award.totalDeductionsPence();
        if (deductions == 0) {
            return "";
        }
        return "Net " + Money.format(award.amountPence() - deductions) + " after " + Money.format(deductions)
                + " deductions";
    }

    static String nextPayment(Award award) {
        return award.nextPaymentDate() == null ? "No payment due" : "Next payment " + Dates.format(award.nextPaymentDate());
    }

    static String period(Award award) {
        String from = "Since " + Dates.format(award.startDate());
        return award.endDate() == null ? from : Dates.format(award.startDate()) + " to " + Dates.format(award.endDate());
    }

    static List<Payment> recentPayments(Award award) {
        return award.recentPayments().stream()
                .sorted(Comparator.comparing(Payment::paidOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(PAYMENTS_SHOWN)
                .toList();
    }

    static Tone tone(Award.Status status) {
        return switch (status) {
            case LIVE -> Tone.SUCCESS;
            case SUSPENDED -> Tone.WARNING;
            case PENDING -> Tone.INFO;
            case ENDED, UNKNOWN -> Tone.NEUTRAL;
        };
    }

    static Tone tone(Payment.Status status) {
        return switch (status) {
            case PAID -> Tone.SUCCESS;
            case PENDING -> Tone.INFO;
            case FAILED, RETURNED -> Tone.DANGER;
            case UNKNOWN -> Tone.NEUTRAL;
        };
    }

    static String statusText(Enum<?> status) {
        return Labels.humanise(status);
    }

    /** True when the next payment falls within a week: worth saying on a call. */
    static boolean paymentSoon(Award award, LocalDate today) {
        return award.nextPaymentDate() != null && !award.nextPaymentDate().isAfter(today.plusDays(7))
                && !award.nextPaymentDate().isBefore(today);
    }

    private static int rank(Award.Status status) {
        return switch (status) {
            case LIVE -> 0;
            case PENDING -> 1;
            case SUSPENDED -> 2;
            case ENDED -> 3;
            case UNKNOWN -> 4;
        };
    }
}
