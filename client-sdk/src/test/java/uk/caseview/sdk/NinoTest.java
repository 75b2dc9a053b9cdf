package uk.caseview.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NinoTest {

    @ParameterizedTest
    @ValueSource(strings = {"AB123456C", "ab 12 34 56 c", " ZX000001A ", "ce123456d", "JA 123456 B", "ZA999999D"})
    void acceptsValidNumbersWithSpacesAndLowerCase(String input) {
        assertThat(Nino.problemWith(input)).isEmpty();
        assertThat(Nino.parse(input).value()).matches("[A-Z]{2}[0-9]{6}[A-D]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DA123456A", "FA123456A", "IA123456A", "QA123456A", "UA123456A", "VA123456A",
        "AD123456A", "AF123456A", "AI123456A", "AQ123456A", "AU123456A", "AV123456A"})
    void rejectsForbiddenPrefixLetters(String input) {
        assertThat(Nino.problemWith(input)).hasValueSatisfying(m -> assertThat(m).contains("D, F, I, Q, U or V"));
    }

    @Test
    void rejectsOAsSecondLetter() {
        assertThat(Nino.problemWith("AO123456A")).hasValue("The second letter can't be O.");
        assertThat(Nino.problemWith("OA123456A")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    void rejectsPrefixesNeverAllocated(String prefix) {
        assertThat(Nino.problemWith(prefix + "123456A")).hasValue("The prefix " + prefix + " is never issued.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB123456E", "AB123456", "AB12345C", "A1123456C", "AB12345XC", "AB1234567C", ""})
    void rejectsWrongShapesWithAReason(String input) {
        assertThat(Nino.problemWith(input)).isPresent();
        assertThatThrownBy(() -> Nino.parse(input)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsTheNumberInToString() {
        Nino nino = Nino.parse("ZX000001A");
        assertThat(nino.toString()).doesNotContain("000001");
        assertThat(nino.formatted()).isEqualTo("ZX 00 00 01 A");
        assertThat(nino.isSynthetic()).isTrue();
        assertThat(Nino.parse("AB123456C").isSynthetic()).isFalse();
    }

    @Test
    void equalsByValueWhateverTheInputSpacing() {
        assertThat(Nino.parse("zx 00 00 01 a")).isEqualTo(Nino.parse("ZX000001A"));
    }
}
