package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Deduction;
import uk.caseview.sdk.model.award.Payment;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;
import uk.caseview.stubs.data.Seeds;
import uk.caseview.stubs.data.build.PaySchedule;

/**
 * Awards for a generated citizen, with amounts near 2025-26 rates. Universal Credit is tapered by
 * last month's earnings; a debt recovered from benefit appears as a deduction on the award it is
 * taken from, with the debt's id, so the award and debt panels tell the same story.
 */
public final class AwardGenerator {

    private final long seed;
    private final LocalDate today;

    public AwardGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public List<Award> awards(Profile p, List<Employment> employments, List<Debt> debts) {
        SplittableRandom rng = Seeds.stream(seed, p.identity().index(), Seeds.AWARDS);
        List<Award> awards = new ArrayList<>();
        boolean deductionsPlaced = false;
        for (int i = 0; i < p.claims().size(); i++) {
            Profile.BenefitClaim claim = p.claims().get(i);
            long amount = amount(claim.benefit(), p, employments, rng);
            List<Deduction> deductions = new ArrayList<>();
            // Deductions go on the first live award that can take them, as the debt generator assumed.
            if (!deductionsPlaced && claim.live() && claim.benefit() != Benefit.CHILD_BENEFIT
                    && claim.benefit() != Benefit.PIP && claim.benefit() != Benefit.ATTENDANCE_ALLOWANCE) {
                deductionsPlaced = true;
                for (Debt d : debts) {
                    if (d.recoveryMethod() == RecoveryMethod.BENEFIT_DEDUCTION && d.repaymentPlan() != null
                            && (d.status() == DebtStatus.ACTIVE || d.status() == DebtStatus.IN_ARREARS)) {
                        deductions.add(new Deduction(DebtGenerator.reason(d.type()),
                                d.repaymentPlan().instalmentPence(), d.debtId()));
                    }
                }
            }
            awards.add(award("A" + p.identity().index() + "-" + (i + 1), claim, amount, deductions, rng, today));
        }
        return List.copyOf(awards);
    }

    /** An award paid on its benefit's cycle, with the last three payments. */
    public static Award award(String awardId, Profile.BenefitClaim claim, long amount, List<Deduction> deductions,
            SplittableRandom rng, LocalDate today) {
        Frequency f = claim.benefit().frequency();
        int cycle = f == Frequency.MONTHLY ? claim.payCycle() : claim.payCycle() % 4;
        boolean paying = claim.live();
        LocalDate lastDay = claim.end() != null && claim.end().isBefore(today) ? claim.end() : today;
        List<LocalDate> paid = PaySchedule.payDates(f, cycle, claim.start(), lastDay);
        long deducted = deductions.stream().mapToLong(Deduction::amountPence).sum();
        long net = Math.max(0, amount - deducted);
        List<Payment> recent = new ArrayList<>();
        for (int k = Math.max(0, paid.size() - 3); k < paid.size(); k++) {
            int roll = rng.nextInt(100);
            Payment.Status status = roll < 2 ? Payment.Status.RETURNED : roll < 3 ? Payment.Status.FAILED
                    : Payment.Status.PAID;
            recent.add(new Payment(paid.get(k), net, status));
        }
        java.util.Collections.reverse(recent);
        LocalDate next = paying ? PaySchedule.nextAfter(f, cycle, today) : null;
        return new Award(awardId, claim.benefit().code(), claim.benefit().displayName(), status(claim.status()),
                claim.start(), claim.end(), amount, f, next, deductions, recent);
    }

    private static Award.Status status(String s) {
        return switch (s) {
            case "live" -> Award.Status.LIVE;
            case "suspended" -> Award.Status.SUSPENDED;
            case "ended" -> Award.Status.ENDED;
            default -> Award.Status.PENDING;
        };
    }

    private long amount(Benefit benefit, Profile p, List<Employment> employments, SplittableRandom rng) {
        return switch (benefit) {
            case UNIVERSAL_CREDIT -> universalCredit(p, employments, rng);
            case STATE_PENSION -> rng.nextInt(100) < 70 ? 92_100 : 60_000 + rng.nextInt(30_000);
            case PIP -> rng.nextBoolean() ? 29_560 + 11_680 : 44_160 + 30_840;
            case PENSION_CREDIT -> 4_000 + rng.nextInt(30_000);
            case CARERS_ALLOWANCE -> 8_330;
            case ESA -> 18_180;
            case JSA -> 18_180;
            case ATTENDANCE_ALLOWANCE -> rng.nextBoolean() ? 29_560 : 44_160;
            case CHILD_BENEFIT -> 10_420 + 6_900 * Math.max(0, p.dependants().size() - 1);
            case HOUSING_BENEFIT -> 30_000 + rng.nextInt(40_000);
        };
    }

    /** Standard allowance, housing and child elements, less 55% of earnings over the work allowance. */
    private long universalCredit(Profile p, List<Employment> employments, SplittableRandom rng) {
        boolean couple = p.identity().hasPartner();
        long standard = couple ? 62_828 : p.age() < 25 ? 31_685 : 40_014;
        long housing = rng.nextInt(100) < 65 ? 30_000 + rng.nextInt(60_000) : 0;
        long children = 29_281L * Math.min(2, p.dependants().size());
        long earnings = 0;
        LocalDate monthAgo = today.minusMonths(1);
        for (Employment e : employments) {
            for (PayPeriod period : e.periods()) {
                if (period.payDate().isAfter(monthAgo)) {
                    earnings += period.netPence();
                }
            }
        }
        long workAllowance = housing > 0 ? 41_100 : 68_400;
        long taper = Math.max(0, earnings - (p.dependants().isEmpty() ? 0 : workAllowance)) * 55 / 100;
        return Math.max(1_000, standard + housing + children - taper);
    }
}
