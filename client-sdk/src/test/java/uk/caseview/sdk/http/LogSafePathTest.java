package uk.caseview.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafePathTest {

    @Test
    void masksNinosInThePath() {
        assertThat(LogSafePath.of("http://127.0.0.1:8089/earnings/v1/citizens/ZX123456C/earnings"))
                .isEqualTo("/earnings/v1/citizens/{nino}/earnings");
    }

    @Test
    void masksEveryQueryValueButKeepsTheKeys() {
        assertThat(LogSafePath.of("https://gw/citizen/v1/citizens?surname=Quillfeather&dateOfBirth=1961-04-17&postcode=LS9%204QT"))
                .isEqualTo("/citizen/v1/citizens?surname=*&dateOfBirth=*&postcode=*");
    }

    @Test
    void keepsRecordIdsThatAreNotPersonal() {
        assertThat(LogSafePath.of("http://h/debt/v1/debts/D1234567/transactions"))
                .isEqualTo("/debt/v1/debts/D1234567/transactions");
    }
}
