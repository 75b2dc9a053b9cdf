package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.caseview.stubs.data.Seeds;
import uk.caseview.stubs.data.UkReference;

/** Draws a citizen's {@link Profile}: the shape of their life before any API's detail. */
public final class ProfileGenerator {

    static final List<String> VULNERABILITY_NOTES = List.of(
            "Has told us about a mental health condition; allow extra time on calls.",
            "Hearing impaired: prefers text relay or letters.",
            "Recently bereaved; handle debt conversations with care.",
            "Experiencing domestic abuse; do not send post to the home address without checking.",
            "Learning disability; explain things step by step and confirm understanding.",
            "Terminal illness declared (special rules).",
            "Limited English; offer an interpreter.");

    private final long seed;
    private final LocalDate today;

    public ProfileGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public Profile profile(Identity id) {
        SplittableRandom rng = Seeds.stream(seed, id.index(), Seeds.PROFILE);
        int age = Period.between(id.dateOfBirth(), today).getYears();
        LocalDate death = null;
        if ((age >= 70 && rng.nextInt(1000) < 25) || rng.nextInt(1000) < 2) {
            death = today.minusDays(3 + rng.nextInt(300));
        }
        boolean vulnerable = rng.nextInt(100) < 7;
        String note = vulnerable ? UkReference.pick(VULNERABILITY_NOTES, rng) : null;
        boolean restricted = rng.nextInt(1000) < 2;
        boolean welsh = id.town().welsh() && rng.nextInt(100) < 22;
        boolean appointee = age >= 80 && rng.nextInt(100) < 12;

        List<Profile.Dependant> dependants = dependants(id, age);
        List<Profile.BenefitClaim> claims = new ArrayList<>();
        boolean employed = false;
        int payCycle = 1 + rng.nextInt(28);
        if (age >= 66) {
            if (rng.nextInt(100) < 96) {
                claims.add(claim(Benefit.STATE_PENSION, id.dateOfBirth().plusYears(66), rng));
            }
            if (rng.nextInt(100) < 25) {
                claims.add(claim(Benefit.PENSION_CREDIT, today.minusDays(200 + rng.nextInt(2500)), rng));
            }
            if (age >= 72 && rng.nextInt(100) < 22) {
                claims.add(claim(Benefit.ATTENDANCE_ALLOWANCE, today.minusDays(100 + rng.nextInt(2000)), rng));
            }
        } else {
            employed = rng.nextInt(100) < 58;
            boolean uc = rng.nextInt(100) < (employed ? 45 : 70);
            if (uc) {
                claims.add(claim(Benefit.UNIVERSAL_CREDIT, today.minusDays(60 + rng.nextInt(2200)), rng));
            } else if (!employed && rng.nextInt(100) < 30) {
                claims.add(claim(rng.nextBoolean() ? Benefit.ESA : Benefit.JSA,
                        today.minusDays(100 + rng.nextInt(3000)), rng));
                if (rng.nextInt(100) < 40) {
                    claims.add(claim(Benefit.HOUSING_BENEFIT, today.minusDays(100 + rng.nextInt(3000)), rng));
                }
            }
            if (rng.nextInt(100) < 18) {
                claims.add(claim(Benefit.PIP, today.minusDays(100 + rng.nextInt(2500)), rng));
            }
            if (rng.nextInt(100) < 7) {
                claims.add(claim(Benefit.CARERS_ALLOWANCE, today.minusDays(100 + rng.nextInt(2500)), rng));
            }
            if (!dependants.isEmpty() && rng.nextInt(100) < 85) {
                claims.add(claim(Benefit.CHILD_BENEFIT, dependants.getFirst().dateOfBirth().plusWeeks(6), rng));
            }
            // Someone whose job ended gets an ended claim in their history now and then.
            if (rng.nextInt(100) < 8) {
                LocalDate start = today.minusDays(700 + rng.nextInt(1500));
                claims.add(new Profile.BenefitClaim(Benefit.JSA, "ended", start,
                        start.plusDays(60 + rng.nextInt(300)), payCycle));
            }
        }
        if (death != null) {
            LocalDate d = death;
            claims.replaceAll(c -> c.live()
                    ? new Profile.BenefitClaim(c.benefit(), "ended", c.start(), d, c.payCycle())
                    : c);
            employed = false;
        }
        return new Profile(id, age, death, vulnerable, note, restricted, welsh, dependants, appointee,
                List.copyOf(claims), employed);
    }

    private Profile.BenefitClaim claim(Benefit benefit, LocalDate start, SplittableRandom rng) {
        int r = rng.nextInt(100);
        String status = r < 3 ? "suspended" : r < 5 ? "pending" : "live";
        if (start.isAfter(today)) {
            start = today.minusDays(30);
        }
        return new Profile.BenefitClaim(benefit, status, start, null, 1 + rng.nextInt(28));
    }

    private List<Profile.Dependant> dependants(Identity id, int age) {
        if (age < 20 || age > 58) {
            return List.of();
        }
        SplittableRandom rng = Seeds.stream(seed, id.householdKey(), Seeds.DEPENDANTS);
        int r = rng.nextInt(100);
        int count = r < 55 ? 0 : r < 75 ? 1 : r < 92 ? 2 : 3;
        List<Profile.Dependant> kids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean girl = rng.nextBoolean();
            String name = UkReference.pick(girl ? UkReference.FEMALE_NAMES : UkReference.MALE_NAMES, rng);
            LocalDate dob = today.minusDays(200 + rng.nextInt(16 * 365));
            if (dob.isBefore(id.dateOfBirth().plusYears(17))) {
                dob = id.dateOfBirth().plusYears(17 + i);
            }
            kids.add(new Profile.Dependant(name, dob));
        }
        return List.copyOf(kids);
    }
}
