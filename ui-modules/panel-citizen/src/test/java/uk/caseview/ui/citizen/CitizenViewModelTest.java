package uk.caseview.ui.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.citizen.Address;
import uk.caseview.sdk.model.citizen.BankAccount;
import uk.caseview.sdk.model.citizen.Relationship;

class CitizenViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    @Test
    void bankDetailsAreMaskedUntilRevealedAndMaskAgainOnReset() {
        CitizenViewModel model = new CitizenViewModel();
        BankAccount account = new BankAccount("R Pryce", "200000", "12345678");
        assertThat(model.sortCode(account)).isEqualTo("••-••-00");
        assertThat(model.accountNumber(account)).isEqualTo("••••5678");

        model.bankRevealedProperty().set(true);
        assertThat(model.sortCode(account)).isEqualTo("20-00-00");
        assertThat(model.accountNumber(account)).isEqualTo("12345678");

        model.reset();
        assertThat(model.accountNumber(account)).isEqualTo("••••5678");
    }

    @Test
    void wordsIdentityAndHousehold() {
        var c = CitizenSamples.rhiannon();
        assertThat(CitizenViewModel.dateOfBirth(c, TODAY)).isEqualTo("12 Mar 1984 (age 41)");
        assertThat(CitizenViewModel.language(c.preferredLanguage())).isEqualTo("Welsh (Cymraeg)");
        assertThat(CitizenViewModel.household(c)).extracting(Relationship::type).containsExactly(
                Relationship.Type.PARTNER, Relationship.Type.APPOINTEE, Relationship.Type.DEPENDANT);
        assertThat(CitizenViewModel.person(c.relationships().get(0), TODAY)).isEqualTo("Cerys Pryce, 8");
        assertThat(CitizenViewModel.pastAddresses(c)).extracting(Address::town).containsExactly("Swansea", "Newport");
        assertThat(CitizenViewModel.addressBlock(c.currentAddress())).isEqualTo("14 Heol y Llan\nFlat 2\nCardiff\nCF10 1AA");
    }
}
