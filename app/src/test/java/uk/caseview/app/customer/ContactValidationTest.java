package uk.caseview.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

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
        for (String ok : new String[] {"CF10 1AA", "cf101aa", "SW1A 2AA", "M1 1AE", "B33 8TH", "GIR 0AA", "EC1A 1BB"}) {
            assertThat(ContactValidation.postcodeProblem(ok)).as(ok).isEmpty();
        }
        for (String bad : new String[] {"CF10", "12345", "QX1 1AA", "CF10 1CI", ""}) {
            assertThat(ContactValidation.postcodeProblem(bad)).as(bad).isPresent();
        }
        assertThat(ContactValidation.normalisePostcode(" cf10  1aa")).isEqualTo("CF10 1AA");
    }
}
