package uk.caseview.stubs.data.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.BankAccount;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.CitizenFlags;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.Name;
import uk.caseview.sdk.model.citizen.Relationship;
import uk.caseview.stubs.data.NinoScheme;
import uk.caseview.stubs.data.Seeds;
import uk.caseview.stubs.data.UkReference;
import uk.caseview.stubs.data.UkReference.Town;

/** The citizen API's view of a generated person: identity, addresses, contact, household, flags. */
public final class CitizenGenerator {

    private final long seed;
    private final IdentityGenerator identities;

    public CitizenGenerator(long seed, IdentityGenerator identities) {
        this.seed = seed;
        this.identities = identities;
    }

    public Citizen citizen(Profile p) {
        Identity id = p.identity();
        SplittableRandom rng = Seeds.stream(seed, id.index(), Seeds.CONTACT);
        Address current = new Address(id.line1(), id.line2(), id.town().name(), id.postcode(), id.livingSince(), null);
        List<Address> past = pastAddresses(id, rng);
        ContactDetails contact = contact(id, rng);
        List<Relationship> relationships = new ArrayList<>();
        if (id.hasPartner()) {
            Identity partner = identities.identity(id.partnerIndex());
            relationships.add(new Relationship(Relationship.Type.PARTNER, NinoScheme.ninoOf(partner.index()),
                    new Name(partner.title(), partner.givenNames(), partner.surname()), partner.dateOfBirth(),
                    later(id.livingSince(), partner.livingSince())));
        }
        for (Profile.Dependant d : p.dependants()) {
            relationships.add(new Relationship(Relationship.Type.DEPENDANT, null,
                    new Name(null, d.givenNames(), id.surname()), d.dateOfBirth(), d.dateOfBirth()));
        }
        if (p.appointee()) {
            String given = UkReference.pick(rng.nextBoolean() ? UkReference.FEMALE_NAMES : UkReference.MALE_NAMES, rng);
            relationships.add(new Relationship(Relationship.Type.APPOINTEE, null,
                    new Name(null, given, rng.nextInt(100) < 60 ? id.surname()
                            : UkReference.pick(UkReference.SURNAMES, rng)),
                    null, id.dateOfBirth().plusYears(80).plusDays(rng.nextInt(400))));
        }
        int v = rng.nextInt(100);
        Citizen.IdentityVerification verification = v < 90 ? Citizen.IdentityVerification.VERIFIED
                : v < 97 ? Citizen.IdentityVerification.PENDING : Citizen.IdentityVerification.FAILED;
        BankAccount bank = rng.nextInt(100) < 92 ? bank(id, rng) : null;
        CitizenFlags flags = new CitizenFlags(p.deceased(), p.vulnerable(), p.restricted(), p.vulnerabilityNote());
        return new Citizen(NinoScheme.ninoOf(id.index()), new Name(id.title(), id.givenNames(), id.surname()),
                id.dateOfBirth(), p.dateOfDeath(), current, past, contact,
                p.welsh() ? Citizen.Language.WELSH : Citizen.Language.ENGLISH, verification,
                List.copyOf(relationships), flags, bank, 1);
    }

    private static List<Address> pastAddresses(Identity id, SplittableRandom rng) {
        int count = rng.nextInt(100) < 45 ? 0 : 1 + rng.nextInt(2);
        List<Address> past = new ArrayList<>();
        LocalDate to = id.livingSince().minusDays(1);
        LocalDate adult = id.dateOfBirth().plusYears(18);
        for (int i = 0; i < count; i++) {
            LocalDate from = to.minusDays(300 + rng.nextInt(2500));
            if (!from.isAfter(adult)) {
                break;
            }
            Town town = rng.nextInt(100) < 70 ? id.town() : UkReference.pick(UkReference.TOWNS, rng);
            String street = UkReference.pick(UkReference.STREET_NAMES, rng) + " "
                    + UkReference.pick(UkReference.STREET_TYPES, rng);
            past.add(new Address((1 + rng.nextInt(150)) + " " + street, null, town.name(),
                    UkReference.postcode(town, rng), from, to));
            to = from.minusDays(1);
        }
        return List.copyOf(past);
    }

    private static ContactDetails contact(Identity id, SplittableRandom rng) {
        String phone = rng.nextInt(100) < 35
                ? id.town().dramaAreaCode() + " " + id.town().dramaExchange() + threeDigits(rng) : null;
        // 07700 900000-900999 is Ofcom's range reserved for drama: never a real mobile.
        String mobile = rng.nextInt(100) < 85 ? "07700 900" + threeDigits(rng) : null;
        String email = null;
        if (rng.nextInt(100) < 60) {
            String first = id.givenNames().split(" ")[0];
            email = ascii(first) + "." + ascii(id.surname()) + (rng.nextBoolean() ? rng.nextInt(100) : "")
                    + (rng.nextBoolean() ? "@example.com" : "@example.org");
        }
        return new ContactDetails(phone, mobile, email);
    }

    private static String threeDigits(SplittableRandom rng) {
        int n = rng.nextInt(1000);
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static BankAccount bank(Identity id, SplittableRandom rng) {
        String sort = String.format("%02d-%02d-%02d", 10 + rng.nextInt(80), rng.nextInt(100), rng.nextInt(100));
        String account = String.format("%08d", rng.nextInt(100_000_000));
        String initial = id.givenNames().substring(0, 1);
        return new BankAccount((id.title() == null ? "" : id.title() + " ") + initial + " " + id.surname(), sort,
                account);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
