package uk.caseview.ui.citizen;

import java.time.LocalDate;
import java.util.List;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.BankAccount;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.citizen.CitizenFlags;
import uk.caseview.sdk.model.citizen.ContactDetails;
import uk.caseview.sdk.model.citizen.Name;
import uk.caseview.sdk.model.citizen.Relationship;

final class CitizenSamples {

    private CitizenSamples() {}

    static Citizen rhiannon() {
        return new Citizen("ZX000001A", new Name("Mrs", "Rhiannon", "Pryce"), LocalDate.of(1984, 3, 12), null,
                new Address("14 Heol y Llan", "Flat 2", "Cardiff", "CF10 1AA", LocalDate.of(2021, 8, 1), null),
                List.of(new Address("3 Mill Lane", null, "Newport", "NP20 2BB", LocalDate.of(2015, 1, 1),
                                LocalDate.of(2018, 5, 1)),
                        new Address("9 Dock Road", null, "Swansea", "SA1 3CC", LocalDate.of(2018, 5, 2),
                                LocalDate.of(2021, 7, 31))),
                new ContactDetails("029 2000 0000", "07700 900123", "r.pryce@example.org"),
                Citizen.Language.WELSH, Citizen.IdentityVerification.VERIFIED,
                List.of(new Relationship(Relationship.Type.DEPENDANT, null, new Name(null, "Cerys", "Pryce"),
                                LocalDate.of(2016, 9, 1), null),
                        new Relationship(Relationship.Type.PARTNER, "ZX000002B", new Name("Mr", "Dafydd", "Pryce"),
                                LocalDate.of(1982, 1, 20), LocalDate.of(2010, 1, 1)),
                        new Relationship(Relationship.Type.APPOINTEE, null, new Name("Ms", "Alys", "Evans"), null, null)),
                new CitizenFlags(false, true, false, "Hearing impaired: use text relay"),
                new BankAccount("R Pryce", "20-00-00", "12345678"), 4);
    }

    /** The same citizen with another bank account: a different record. */
    static Citizen withAccount(String accountNumber) {
        Citizen c = rhiannon();
        return new Citizen(c.nino(), c.name(), c.dateOfBirth(), c.dateOfDeath(), c.currentAddress(), c.pastAddresses(),
                c.contact(), c.preferredLanguage(), c.identityVerification(), c.relationships(), c.flags(),
                new BankAccount("R Pryce", "20-00-00", accountNumber), c.version() + 1);
    }

    /** The same citizen with a staff-safety caution on the record. */
    static Citizen withCaution(String reason, LocalDate recordedOn) {
        Citizen c = rhiannon();
        CitizenFlags f = c.flags();
        return new Citizen(c.nino(), c.name(), c.dateOfBirth(), c.dateOfDeath(), c.currentAddress(), c.pastAddresses(),
                c.contact(), c.preferredLanguage(), c.identityVerification(), c.relationships(),
                new CitizenFlags(f.deceased(), f.vulnerable(), f.restrictedRecord(), f.vulnerabilityNote(),
                        new uk.caseview.sdk.model.citizen.CautionMarker(reason, recordedOn)),
                c.bankAccount(), c.version() + 1);
    }

    /** The same citizen with another email address. */
    static Citizen withEmail(String email) {
        Citizen c = rhiannon();
        return new Citizen(c.nino(), c.name(), c.dateOfBirth(), c.dateOfDeath(), c.currentAddress(), c.pastAddresses(),
                new ContactDetails(c.contact().phone(), c.contact().mobile(), email), c.preferredLanguage(),
                c.identityVerification(), c.relationships(), c.flags(), c.bankAccount(), c.version() + 1);
    }
}
