package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.stubs.data.Ids;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.data.Seeds;
import uk.caseview.stubs.data.build.DebtBuilder;

/**
 * Debts of a generated citizen. Recovery from benefit is only chosen when a live award exists to
 * deduct from; everything else is paid directly. Ledgers come from {@link DebtBuilder}, so they
 * reconcile by construction.
 */
public final class DebtGenerator {

    private final long seed;
    private final LocalDate today;

    public DebtGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public List<DebtBuilder.Built> debts(Profile p) {
        SplittableRandom rng = Seeds.stream(seed, p.identity().index(), Seeds.DEBTS);
        Profile.BenefitClaim uc = p.claim(Benefit.UNIVERSAL_CREDIT);
        Profile.BenefitClaim deductFrom = p.claims().stream().filter(Profile.BenefitClaim::live)
                .filter(c -> c.benefit() != Benefit.CHILD_BENEFIT && c.benefit() != Benefit.PIP
                        && c.benefit() != Benefit.ATTENDANCE_ALLOWANCE)
                .findFirst().orElse(null);
        int r = rng.nextInt(100);
        int count = uc != null
                ? (r < 38 ? 0 : r < 68 ? 1 : r < 86 ? 2 : r < 95 ? 3 : 4)
                : (r < 72 ? 0 : r < 90 ? 1 : 2);
        String nino = NinoScheme.ninoOf(p.identity().index());
        List<DebtBuilder.Built> debts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DebtType type = type(rng, uc != null);
            long original = original(type, rng);
            LocalDate raised = today.minusDays(30 + rng.nextInt(1500));
            DebtStatus story = story(rng);
            boolean byDeduction = deductFrom != null && story != DebtStatus.IN_ARREARS && story != DebtStatus.BROKEN
                    && rng.nextInt(100) < 80;
            Frequency frequency = byDeduction ? deductFrom.benefit().frequency()
                    : rng.nextBoolean() ? Frequency.MONTHLY : Frequency.WEEKLY;
            long instalment = instalment(original, frequency, rng);
            int cycle = byDeduction ? (frequency == Frequency.MONTHLY ? deductFrom.payCycle() : deductFrom.payCycle() % 4)
                    : (frequency == Frequency.MONTHLY ? 1 + rng.nextInt(28) : rng.nextInt(4));
            LocalDate stop = raised.plusDays(60 + rng.nextInt(Math.max(1, (int) (today.toEpochDay() - raised.toEpochDay()))));
            if (stop.isAfter(today.minusDays(20))) {
                stop = today.minusDays(20);
            }
            DebtBuilder b = new DebtBuilder(Ids.debtId(p.identity().index(), i + 1), nino, type,
                    benefitFor(type, p), reason(type), original, raised)
                    .plan(instalment, frequency, byDeduction ? RecoveryMethod.BENEFIT_DEDUCTION
                            : RecoveryMethod.DIRECT_PAYMENT, raised.plusDays(14 + rng.nextInt(45)), cycle)
                    .story(story, 1 + rng.nextInt(3), stop);
            if (rng.nextInt(100) < 6) {
                b.adjustment(rng.nextBoolean() ? -(500 + rng.nextInt(5000)) : 500 + rng.nextInt(5000));
            }
            debts.add(b.build(today));
        }
        return List.copyOf(debts);
    }

    private static DebtType type(SplittableRandom rng, boolean universalCredit) {
        int r = rng.nextInt(100);
        if (universalCredit) {
            return r < 35 ? DebtType.ADVANCE : r < 70 ? DebtType.OVERPAYMENT : r < 80 ? DebtType.HARDSHIP
                    : r < 88 ? DebtType.BUDGETING_LOAN : r < 95 ? DebtType.TAX_CREDIT : DebtType.ADMIN_PENALTY;
        }
        return r < 55 ? DebtType.OVERPAYMENT : r < 75 ? DebtType.TAX_CREDIT : r < 88 ? DebtType.SOCIAL_FUND
                : r < 95 ? DebtType.BUDGETING_LOAN : DebtType.ADMIN_PENALTY;
    }

    private static long original(DebtType type, SplittableRandom rng) {
        return switch (type) {
            case ADVANCE -> 20_000 + rng.nextInt(130_000);
            case HARDSHIP -> 5_000 + rng.nextInt(60_000);
            case BUDGETING_LOAN, SOCIAL_FUND -> 10_000 + rng.nextInt(80_000);
            case TAX_CREDIT -> 10_000 + rng.nextInt(500_000);
            case ADMIN_PENALTY -> 5_000 + rng.nextInt(30_000);
            default -> 3_000 + rng.nextInt(rng.nextInt(100) < 85 ? 150_000 : 900_000);
        };
    }

    private static DebtStatus story(SplittableRandom rng) {
        int r = rng.nextInt(100);
        return r < 52 ? DebtStatus.ACTIVE : r < 63 ? DebtStatus.IN_ARREARS : r < 70 ? DebtStatus.BROKEN
                : r < 75 ? DebtStatus.WRITTEN_OFF : r < 92 ? DebtStatus.CLEARED : DebtStatus.ON_HOLD;
    }

    /** Repays over roughly 6 to 36 instalments, never less than £1. */
    private static long instalment(long original, Frequency frequency, SplittableRandom rng) {
        int instalments = 6 + rng.nextInt(31);
        if (frequency == Frequency.WEEKLY) {
            instalments *= 4;
        } else if (frequency == Frequency.FORTNIGHTLY || frequency == Frequency.FOUR_WEEKLY) {
            instalments *= 2;
        }
        return Math.max(100, original / instalments / 100 * 100);
    }

    private static String benefitFor(DebtType type, Profile p) {
        return switch (type) {
            case ADVANCE, HARDSHIP, BUDGETING_LOAN -> Benefit.UNIVERSAL_CREDIT.code();
            case TAX_CREDIT -> "tax_credits";
            case OVERPAYMENT -> p.claims().isEmpty() ? null : p.claims().getFirst().benefit().code();
            default -> null;
        };
    }

    static String reason(DebtType type) {
        return switch (type) {
            case OVERPAYMENT -> "Overpayment: change of circumstances reported late";
            case ADVANCE -> "Universal Credit advance";
            case HARDSHIP -> "Hardship payment during a sanction";
            case BUDGETING_LOAN -> "Budgeting advance for household items";
            case SOCIAL_FUND -> "Social Fund crisis loan";
            case TAX_CREDIT -> "Tax credit overpayment transferred from HMRC";
            case ADMIN_PENALTY -> "Administrative penalty";
            default -> "Debt raised";
        };
    }
}
