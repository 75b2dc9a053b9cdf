package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.stubs.data.Seeds;
import uk.caseview.stubs.data.UkReference;
import uk.caseview.stubs.data.build.EmploymentBuilder;

/**
 * Two years of RTI pay for a generated citizen: one to three jobs, paid monthly, weekly,
 * fortnightly or four-weekly, some on zero-hours contracts, and now and then a job that ended and
 * a new one that started.
 */
public final class EarningsGenerator {

    static final int HISTORY_MONTHS = 24;

    private final long seed;
    private final LocalDate today;

    public EarningsGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public List<Employment> employments(Profile p) {
        if (!p.employed()) {
            return List.of();
        }
        SplittableRandom rng = Seeds.stream(seed, p.identity().index(), Seeds.EARNINGS);
        LocalDate historyFrom = today.minusMonths(HISTORY_MONTHS);
        int r = rng.nextInt(100);
        int jobs = r < 75 ? 1 : r < 95 ? 2 : 3;
        boolean jobChange = rng.nextInt(100) < 20;
        List<Employment> employments = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            LocalDate start = today.minusDays(90 + rng.nextInt(3000));
            LocalDate end = null;
            if (j == 0 && jobChange) {
                end = today.minusDays(30 + rng.nextInt(400));
                start = end.minusDays(200 + rng.nextInt(1500));
            }
            employments.add(job(rng, start, end, j > 0).build(historyFrom, today, rng));
            if (j == 0 && jobChange) {
                LocalDate newStart = end.plusDays(7 + rng.nextInt(60));
                if (newStart.isBefore(today)) {
                    employments.add(job(rng, newStart, null, false).build(historyFrom, today, rng));
                }
            }
        }
        return List.copyOf(employments);
    }

    private EmploymentBuilder job(SplittableRandom rng, LocalDate start, LocalDate end, boolean secondJob) {
        int f = rng.nextInt(100);
        Frequency frequency = f < 55 ? Frequency.MONTHLY : f < 80 ? Frequency.WEEKLY
                : f < 92 ? Frequency.FOUR_WEEKLY : Frequency.FORTNIGHTLY;
        EmploymentBuilder b = new EmploymentBuilder(UkReference.pick(UkReference.EMPLOYERS, rng),
                UkReference.payeReference(rng), frequency, start)
                .endDate(end)
                .cycleOffset(frequency == Frequency.MONTHLY ? rng.nextInt(29) : rng.nextInt(4))
                .pensionPercent(rng.nextInt(100) < 60 ? 5 : 0);
        // National Living Wage is £12.21 an hour (2025); most of this caseload earns near it.
        long hourly = 1221 + rng.nextInt(900);
        if (rng.nextInt(100) < (secondJob ? 40 : 15)) {
            int perPeriodScale = frequency == Frequency.MONTHLY ? 4 : frequency == Frequency.FOUR_WEEKLY ? 4
                    : frequency == Frequency.FORTNIGHTLY ? 2 : 1;
            return b.zeroHours(hourly, 2 * perPeriodScale, 30 * perPeriodScale, 12);
        }
        int hoursPerWeek = secondJob ? 8 + rng.nextInt(12) : 16 + rng.nextInt(22);
        return b.salary(hourly * hoursPerWeek * 52, 3);
    }
}
