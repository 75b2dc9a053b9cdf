package uk.caseview.stubs.data.build;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtTransaction;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.debt.RepaymentPlan;
import uk.caseview.sdk.repayment.PlanStanding;
import uk.caseview.sdk.repayment.PlanStatusDeriver;
import uk.caseview.sdk.repayment.RecoveryReferenceData;

/**
 * Plays a debt's story through its ledger and derives the debt from where the ledger ends, so the
 * status, plan and outstanding balance can never disagree with the transactions. The plan's status
 * is the SDK's own {@link PlanStatusDeriver} reading of the ledger (decision 0402), so the stub and
 * the client can never disagree about it; the story only shapes the ledger.
 */
public final class DebtBuilder {

    private static final PlanStatusDeriver DERIVER =
            new PlanStatusDeriver(RecoveryReferenceData.standard().planStatusRule());

    /** A debt and its ledger, consistent with each other. */
    public record Built(Debt debt, List<DebtTransaction> ledger) {}

    private final String debtId;
    private final String nino;
    private final DebtType type;
    private final String benefit;
    private final String reason;
    private final long originalPence;
    private final LocalDate raisedOn;

    private long instalmentPence;
    private Frequency frequency = Frequency.MONTHLY;
    private RecoveryMethod method = RecoveryMethod.BENEFIT_DEDUCTION;
    private LocalDate planStart;
    private int cycleOffset = 1;
    private String hardshipReason;
    private DebtStatus story = DebtStatus.ACTIVE;
    private int missed = 2;
    private LocalDate stopDate;
    private long adjustmentPence;

    public DebtBuilder(String debtId, String nino, DebtType type, String benefit, String reason, long originalPence,
            LocalDate raisedOn) {
        this.debtId = debtId;
        this.nino = nino;
        this.type = type;
        this.benefit = benefit;
        this.reason = reason;
        this.originalPence = originalPence;
        this.raisedOn = raisedOn;
        this.planStart = raisedOn.plusDays(28);
    }

    public DebtBuilder plan(long instalment, Frequency freq, RecoveryMethod how, LocalDate start, int cycle) {
        this.instalmentPence = instalment;
        this.frequency = freq;
        this.method = how;
        this.planStart = start;
        this.cycleOffset = cycle;
        return this;
    }

    public DebtBuilder hardshipReason(String why) {
        this.hardshipReason = why;
        return this;
    }

    /**
     * How the story goes: ACTIVE (paying), IN_ARREARS ({@code missedCount} recent instalments missed,
     * the latest one and then every other one before it, so the misses never run two in a row),
     * BROKEN (stopped paying at {@code stop}, then missed), WRITTEN_OFF (written off at {@code stop}),
     * CLEARED (paid off), ON_HOLD (recovery paused at {@code stop}). The story shapes the ledger; the
     * status is whatever the deriver reads from it, so an IN_ARREARS story with three misses inside six
     * instalments comes out BROKEN, as the client would say.
     */
    public DebtBuilder story(DebtStatus status, int missedCount, LocalDate stop) {
        this.story = status;
        this.missed = missedCount;
        this.stopDate = stop;
        return this;
    }

    /** A one-off correction some months in (positive raises the balance). */
    public DebtBuilder adjustment(long signedPence) {
        this.adjustmentPence = signedPence;
        return this;
    }

    public Built build(LocalDate today) {
        LedgerBuilder ledger = new LedgerBuilder(debtId);
        ledger.raise(raisedOn, originalPence, reason == null ? "Debt raised" : reason);
        LocalDate paymentsEnd = switch (story) {
            case BROKEN, WRITTEN_OFF, ON_HOLD -> stopDate != null ? stopDate : today.minusMonths(3);
            default -> today;
        };
        List<LocalDate> dates = instalmentPence > 0
                ? PaySchedule.payDates(frequency, cycleOffset, planStart, paymentsEnd)
                : List.of();
        // Arrears, not a broken plan: misses alternate with payments (the rule breaks a plan at 2 in a row).
        int missedFrom = story == DebtStatus.IN_ARREARS
                ? Math.max(0, dates.size() - (2 * missed - 1))
                : Integer.MAX_VALUE;
        int lastIndex = dates.size() - 1;
        DebtTransaction.Type payType = method == RecoveryMethod.BENEFIT_DEDUCTION
                ? DebtTransaction.Type.RECOVERY_DEDUCTION
                : DebtTransaction.Type.DIRECT_PAYMENT;
        LocalDate lastPaid = null;
        for (int i = 0; i < dates.size() && ledger.balance() > 0; i++) {
            if (adjustmentPence != 0 && i == 3) {
                ledger.adjust(dates.get(i).minusDays(1), adjustmentPence, "Balance corrected after review");
            }
            if (i >= missedFrom && (lastIndex - i) % 2 == 0) {
                ledger.missed(dates.get(i));
            } else {
                ledger.recover(dates.get(i), instalmentPence, payType);
                lastPaid = dates.get(i);
            }
        }
        if (story == DebtStatus.BROKEN && instalmentPence > 0 && ledger.balance() > 0) {
            for (LocalDate d : PaySchedule.payDates(frequency, cycleOffset, paymentsEnd.plusDays(1), today)
                    .stream().limit(Math.max(missed, 3)).toList()) {
                ledger.missed(d);
            }
        }
        if (story == DebtStatus.CLEARED && ledger.balance() > 0) {
            LocalDate settled = lastPaid != null ? lastPaid.plusDays(7) : planStart;
            ledger.recover(settled.isAfter(today) ? today : settled, ledger.balance(),
                    DebtTransaction.Type.DIRECT_PAYMENT);
            lastPaid = settled.isAfter(today) ? today : settled;
        }
        boolean writtenOff = story == DebtStatus.WRITTEN_OFF && ledger.balance() > 0;
        if (writtenOff) {
            ledger.writeOff(paymentsEnd.plusDays(14).isAfter(today) ? today : paymentsEnd.plusDays(14),
                    "Written off: not cost-effective to recover");
        }
        long outstanding = ledger.balance();
        List<DebtTransaction> lines = ledger.transactions();
        boolean hasPlan = instalmentPence > 0 && story != DebtStatus.WRITTEN_OFF && story != DebtStatus.ON_HOLD;
        PlanStanding standing = hasPlan ? DERIVER.derive(
                new RepaymentPlan(null, instalmentPence, frequency, method, planStart, null, null, null, 0, null),
                new DebtLedger(debtId, outstanding, lines)) : null;
        DebtStatus status = story;
        if (outstanding == 0 && !writtenOff) {
            status = DebtStatus.CLEARED;
        } else if (standing != null) {
            status = switch (standing.status()) {
                case IN_ARREARS -> DebtStatus.IN_ARREARS;
                case BROKEN -> DebtStatus.BROKEN;
                case COMPLETED -> DebtStatus.CLEARED;
                default -> DebtStatus.ACTIVE;
            };
        }
        RepaymentPlan plan = planFor(status, standing, outstanding, lastPaid, today);
        RecoveryMethod recovery = switch (status) {
            case WRITTEN_OFF, CLEARED, ON_HOLD -> RecoveryMethod.NONE;
            default -> instalmentPence > 0 ? method : RecoveryMethod.NONE;
        };
        Debt debt = new Debt(debtId, nino, type, benefit, reason, originalPence, outstanding, recovery, status,
                raisedOn, plan, 1);
        return new Built(debt, lines);
    }

    private RepaymentPlan planFor(DebtStatus status, PlanStanding standing, long outstanding, LocalDate lastPaid,
            LocalDate today) {
        if (standing == null || status == DebtStatus.WRITTEN_OFF || status == DebtStatus.ON_HOLD) {
            return null;
        }
        String planId = "P" + debtId.substring(1);
        PlanStatus planStatus = standing.status();
        LocalDate next = null;
        LocalDate end;
        if (planStatus == PlanStatus.ACTIVE || planStatus == PlanStatus.IN_ARREARS) {
            next = PaySchedule.nextAfter(frequency, cycleOffset, today);
            long remaining = (outstanding + instalmentPence - 1) / instalmentPence;
            end = projectEnd(next, remaining);
        } else {
            end = planStatus == PlanStatus.COMPLETED ? lastPaid : null;
        }
        return new RepaymentPlan(planId, instalmentPence, frequency, method, planStart, end, next, planStatus,
                standing.missed(), hardshipReason);
    }

    private LocalDate projectEnd(LocalDate next, long remainingInstalments) {
        long periods = Math.max(0, remainingInstalments - 1);
        return switch (frequency) {
            case MONTHLY -> next.plusMonths(periods);
            case WEEKLY -> next.plusWeeks(periods);
            case FORTNIGHTLY -> next.plusWeeks(2 * periods);
            default -> next.plus(28 * periods, ChronoUnit.DAYS);
        };
    }
}
