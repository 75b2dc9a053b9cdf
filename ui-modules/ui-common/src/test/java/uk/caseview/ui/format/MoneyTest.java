package uk.caseview.ui.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsPenceAsPoundsWithGroupingAndTwoDecimals() {
        assertThat(Money.format(123456)).isEqualTo("£1,234.56");
        assertThat(Money.format(0)).isEqualTo("£0.00");
        assertThat(Money.format(5)).isEqualTo("£0.05");
        assertThat(Money.format(100)).isEqualTo("£1.00");
        assertThat(Money.format(99999)).isEqualTo("£999.99");
        assertThat(Money.format(100000)).isEqualTo("£1,000.00");
        assertThat(Money.format(123456789012L)).isEqualTo("£1,234,567,890.12");
    }

    @Test
    void negativeAmountsKeepTheirPenceExact() {
        assertThat(Money.format(-1200)).isEqualTo("-£12.00");
        assertThat(Money.format(-5)).isEqualTo("-£0.05");
        assertThat(Money.format(-123456)).isEqualTo("-£1,234.56");
    }

    @Test
    void extremesDoNotOverflow() {
        assertThat(Money.format(Long.MAX_VALUE)).isEqualTo("£92,233,720,368,547,758.07");
        assertThat(Money.format(Long.MIN_VALUE)).isEqualTo("-£92,233,720,368,547,758.08");
    }

    @Test
    void absentAmountsUseTheGivenText() {
        assertThat(Money.format(null, "–")).isEqualTo("–");
        assertThat(Money.format(250L, "–")).isEqualTo("£2.50");
    }
}
