package uk.caseview.stubs.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.Nino;

/** The generator's NINOs and the SDK's validation agree, and the index mapping is a bijection. */
class NinoSchemeTest {

    @Test
    void everyGeneratedNinoIsValidSyntheticAndMapsBackToItsIndex() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            int index = i < 1000 ? i : rng.nextInt(NinoScheme.CAPACITY);
            String nino = NinoScheme.ninoOf(index);
            assertThat(Nino.isValid(nino)).as(nino).isTrue();
            assertThat(Nino.parse(nino).isSynthetic()).isTrue();
            assertThat(NinoScheme.indexOf(nino)).isEqualTo(index);
            assertThat(NinoScheme.isPersonaNino(nino)).isFalse();
        }
        for (int letter = 0; letter < 17; letter++) {
            int last = letter * NinoScheme.PER_LETTER + NinoScheme.PER_LETTER - 1;
            assertThat(Nino.isValid(NinoScheme.ninoOf(last))).isTrue();
            assertThat(NinoScheme.indexOf(NinoScheme.ninoOf(last))).isEqualTo(last);
        }
    }

    @Test
    void theOtherThreeSuffixesOfAGeneratedNumberBelongToNobody() {
        String nino = NinoScheme.ninoOf(4242);
        for (char s = 'A'; s <= 'D'; s++) {
            String variant = nino.substring(0, 8) + s;
            assertThat(NinoScheme.indexOf(variant)).isEqualTo(s == nino.charAt(8) ? 4242 : -1);
        }
    }

    @Test
    void personaNinosAreValidAndKeyedApartFromGeneratedOnes() {
        String persona = NinoScheme.personaNino(1);
        assertThat(persona).isEqualTo("ZX000001A");
        assertThat(Nino.isValid(persona)).isTrue();
        assertThat(NinoScheme.indexOf(persona)).isEqualTo(-1);
        assertThat(NinoScheme.ninoOfKey(NinoScheme.keyOf(persona))).isEqualTo(persona);
        assertThat(NinoScheme.keyOf(persona)).isGreaterThanOrEqualTo(NinoScheme.CAPACITY);
    }

    @Test
    void nonSyntheticAndUnknownPrefixesAreNotGenerated() {
        assertThat(NinoScheme.indexOf("AB123456C")).isEqualTo(-1);
        assertThat(NinoScheme.indexOf("ZZ123456C")).isEqualTo(-1);
    }
}
