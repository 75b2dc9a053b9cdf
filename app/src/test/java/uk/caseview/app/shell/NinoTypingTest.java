package uk.caseview.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NinoTypingTest {

    @Test
    void halfTypedButPossiblyValidSaysNothing() {
        for (String typed : new String[] {"", "z", "ZX", "zx 00", "ZX 00 00 0", "ZX00000", "ZX000001", "QQ"}) {
            if (typed.startsWith("QQ")) {
                continue;
            }
            assertThat(NinoTyping.problemSoFar(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void certainMistakesShowAsSoonAsTyped() {
        assertThat(NinoTyping.problemSoFar("D")).hasValueSatisfying(m -> assertThat(m).contains("D, F, I, Q, U or V"));
        assertThat(NinoTyping.problemSoFar("QQ")).hasValueSatisfying(m -> assertThat(m).contains("D, F, I, Q, U or V"));
        assertThat(NinoTyping.problemSoFar("AO")).hasValueSatisfying(m -> assertThat(m).contains("second letter"));
        assertThat(NinoTyping.problemSoFar("GB")).hasValueSatisfying(m -> assertThat(m).contains("never issued"));
        assertThat(NinoTyping.problemSoFar("Z1")).hasValueSatisfying(m -> assertThat(m).contains("2 letters"));
        assertThat(NinoTyping.problemSoFar("ZX12A")).hasValueSatisfying(m -> assertThat(m).contains("numbers"));
        assertThat(NinoTyping.problemSoFar("ZX123456E")).hasValueSatisfying(m -> assertThat(m).contains("A, B, C or D"));
        assertThat(NinoTyping.problemSoFar("ZX1234567")).isPresent();
    }

    @Test
    void enterNeedsTheWholeNumber() {
        assertThat(NinoTyping.problemOnSubmit("ZX 00 00")).isPresent();
        assertThat(NinoTyping.problemOnSubmit("")).isPresent();
        assertThat(NinoTyping.problemOnSubmit("zx 00 00 01 a")).isEmpty();
    }
}
