package uk.caseview.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactValidationTest {

    @Test
    void phones() {
        assertThat(ContactValidation.phoneProblem("029 2018 0471", false)).isEmpty();
        assertThat(ContactValidation.phoneProblem("+44 7700 900123", true)).isEmpty();
        assertThat(ContactValidation.normalisePhone("+44 (0)7700-900123")).isEqualTo("07700900123");
        assertThat(ContactValidation.phoneProblem("07700 90012", true)).isPresent();
        assertThat(ContactValidation.phoneProblem("029 2018 0471", true)).hasValue("A UK mobile number starts 07.");
        assertThat(ContactValidation.phoneProblem("", true)).isEmpty();
    }

    @Test
    void emails() {
        assertThat(ContactValidation.emailProblem("alys.pritchard@example.org")).isEmpty();
        assertThat(ContactValidation.emailProblem("alys@example")).isPresent();
        assertThat(ContactValidation.emailProblem("alys example.org")).isPresent();
    }

    @Test
    void postcodes() {
        for (String ok : new String[] {"CF10 1AA", "cf101aa", "SW1A 2AA", "M1 1AE", "B33 8TH", "EC1A 1BB"}) {
            assertThat(ContactValidation.postcodeProblem(ok)).as(ok).isEmpty();
        }
        for (String bad : new String[] {"CF10", "12345", "QX1 1AA", "CF10 1CI", "GIR 0AA", ""}) {
            assertThat(ContactValidation.postcodeProblem(bad)).as(bad).isPresent();
        }
        assertThat(ContactValidation.normalisePostcode(" cf10  1aa")).isEqualTo("CF10 1AA");
    }

    @Test
    void newAddressLines() {
        assertThat(ContactValidation.line1Problem("7 Heol y Felin")).isEmpty();
        assertThat(ContactValidation.line1Problem("   ")).hasValueSatisfying(m -> assertThat(m).startsWith("Enter the first line"));
        assertThat(ContactValidation.line1Problem("x".repeat(101))).hasValue("Line 1 can be at most 100 characters.");
        assertThat(ContactValidation.line2Problem("")).isEmpty();
        assertThat(ContactValidation.line2Problem(null)).isEmpty();
        assertThat(ContactValidation.townProblem("")).hasValue("Enter the town or city.");
        assertThat(ContactValidation.townProblem("Cardiff")).isEmpty();
    }

    @Test
    void moveDates() {
        LocalDate today = LocalDate.of(2025, 6, 30);
        LocalDate since = LocalDate.of(2021, 3, 12);
        assertThat(ContactValidation.moveDateProblem("30/06/2025", today, since)).isEmpty();
        assertThat(ContactValidation.moveDateProblem("31 Jul 2025", today, since)).isEmpty();
        assertThat(ContactValidation.moveDateProblem("13/3/2021", today, null)).isEmpty();
        assertThat(ContactValidation.moveDateProblem("1/8/2025", today, since))
                .hasValue("A move can be recorded up to 31 days ahead, so no later than 31 Jul 2025.");
        assertThat(ContactValidation.moveDateProblem("12/03/2021", today, since))
                .hasValue("They have lived at the current address since 12 Mar 2021, so the move must be after that day.");
        assertThat(ContactValidation.moveDateProblem("31/02/2025", today, since))
                .hasValue("That isn't a date. Type it like 30/06/2025.");
        assertThat(ContactValidation.moveDateProblem(" ", today, since))
                .hasValue("Enter the day they moved in, like 30/06/2025.");
    }
}
