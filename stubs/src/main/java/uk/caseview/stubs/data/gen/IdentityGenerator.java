package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import java.util.SplittableRandom;
import uk.caseview.stubs.data.Seeds;
import uk.caseview.stubs.data.UkReference;
import uk.caseview.stubs.data.UkReference.Town;

/**
 * Names, dates of birth and homes. Citizens 2k and 2k+1 share a household stream: in about three
 * pairs in ten they are a couple at the same address, often with the same surname, so partner
 * links are symmetric without any stored state.
 *
 * <p>Dates of birth are fixed against 1 January 2025, not against today, so a traced person keeps
 * the same date of birth whatever day the stub runs.
 */
public final class IdentityGenerator {

    static final LocalDate AGE_REFERENCE = LocalDate.of(2025, 1, 1);
    static final int COUPLE_PERCENT = 30;

    private final long seed;
    private final int population;

    public IdentityGenerator(long seed, int population) {
        this.seed = seed;
        this.population = population;
    }

    public Identity identity(int index) {
        SplittableRandom own = Seeds.stream(seed, index, Seeds.IDENTITY);
        int pair = index >>> 1;
        int partner = index ^ 1;
        // The household stream is drawn in the same order for both members of a pair.
        SplittableRandom house = Seeds.stream(seed, pair, Seeds.HOUSEHOLD);
        boolean couple = partner < population && house.nextInt(100) < COUPLE_PERCENT;
        Town town = UkReference.pick(UkReference.TOWNS, house);
        String postcode = UkReference.postcode(town, house);
        int number = 1 + house.nextInt(180);
        String street = UkReference.pick(UkReference.STREET_NAMES, house) + " "
                + UkReference.pick(UkReference.STREET_TYPES, house);
        boolean flat = house.nextInt(100) < 25;
        String flatLine = "Flat " + (1 + house.nextInt(24));
        int householdSurname = house.nextInt(UkReference.SURNAMES.size());
        boolean shareSurname = house.nextInt(100) < 70;
        int householdAge = adultAge(house);
        boolean sameSex = house.nextInt(100) < 6;
        int sinceDays = house.nextInt(6000);

        boolean first = (index & 1) == 0;
        boolean female = couple ? (sameSex ? house.nextBoolean() : first) : own.nextBoolean();
        int age = couple ? Math.max(18, householdAge + own.nextInt(9) - 4) : adultAge(own);
        if (!couple) {
            // A single person's home is their own: redraw it from their own stream.
            town = UkReference.pick(UkReference.TOWNS, own);
            postcode = UkReference.postcode(town, own);
            number = 1 + own.nextInt(180);
            street = UkReference.pick(UkReference.STREET_NAMES, own) + " "
                    + UkReference.pick(UkReference.STREET_TYPES, own);
            flat = own.nextInt(100) < 30;
            flatLine = "Flat " + (1 + own.nextInt(24));
            sinceDays = own.nextInt(6000);
        }
        int surnameId = couple && shareSurname ? householdSurname : own.nextInt(UkReference.SURNAMES.size());
        String given = UkReference.pick(female ? UkReference.FEMALE_NAMES : UkReference.MALE_NAMES, own);
        if (own.nextInt(100) < 40) {
            given = given + " " + UkReference.pick(female ? UkReference.FEMALE_NAMES : UkReference.MALE_NAMES, own);
        }
        LocalDate dob = AGE_REFERENCE.minusYears(age).minusDays(1 + own.nextInt(364));
        String title = title(female, couple && shareSurname, age, own);
        String line1 = flat ? flatLine : number + " " + street;
        String line2 = flat ? number + " " + street : null;
        LocalDate since = AGE_REFERENCE.minusDays(sinceDays);
        LocalDate adult = dob.plusYears(18);
        if (since.isBefore(adult)) {
            since = adult;
        }
        return new Identity(index, female, title, given, surnameId, UkReference.SURNAMES.get(surnameId), dob, town,
                line1, line2, postcode, since, couple ? partner : -1, couple ? pair : -1 - index);
    }

    /** 18-95, weighted like a benefits caseload: most of working age, a quarter of pension age. */
    static int adultAge(SplittableRandom rng) {
        int r = rng.nextInt(100);
        if (r < 5) {
            return 18 + rng.nextInt(4);
        }
        if (r < 72) {
            return 22 + rng.nextInt(44);
        }
        if (r < 93) {
            return 66 + rng.nextInt(20);
        }
        return 86 + rng.nextInt(12);
    }

    private static String title(boolean female, boolean married, int age, SplittableRandom rng) {
        int r = rng.nextInt(200);
        if (r == 0) {
            return "Dr";
        }
        if (r == 1) {
            return "Mx";
        }
        if (!female) {
            return "Mr";
        }
        if (married) {
            return r < 150 ? "Mrs" : "Ms";
        }
        return age < 30 && r < 120 ? "Miss" : "Ms";
    }
}
