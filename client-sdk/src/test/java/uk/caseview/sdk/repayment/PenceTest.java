package uk.caseview.sdk.repayment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.Frequency;

class PenceTest {

    @Test
    void formatsPoundsAndPence() {
        assertThat(Pence.format(0)).isEqualTo("£0.00");
        assertThat(Pence.format(5)).isEqualTo("£0.05");
        assertThat(Pence.format(123456)).isEqualTo("£1,234.56");
        assertThat(Pence.format(-100)).isEqualTo("-£1.00");
        assertThat(Pence.format(Long.MIN_VALUE)).isEqualTo("-£92,233,720,368,547,758.08");
    }

    @Test
    void parsesWhatCaseworkersType() {
        assertThat(Pence.parse("25")).contains(2500L);
        assertThat(Pence.parse("25.5")).contains(2550L);
        assertThat(Pence.parse(" £1,234.56 ")).contains(123456L);
        assertThat(Pence.parse("0.01")).contains(1L);
    }

    @Test
    void refusesWhatIsNotMoney() {
        assertThat(Pence.parse("12.345")).isEmpty();
        assertThat(Pence.parse("-5")).isEmpty();
        assertThat(Pence.parse("1e3")).isEmpty();
        assertThat(Pence.parse("12,34")).isEmpty();
        assertThat(Pence.parse("")).isEmpty();
        assertThat(Pence.parse("999999999999")).isEmpty();
        assertThat(Pence.problemWith("abc")).hasValueSatisfying(m -> assertThat(m).contains("not an amount"));
        assertThat(Pence.problemWith(" ")).contains("Enter an amount, like 25.50.");
    }

    @Test
    void convertsBetweenFrequenciesExactly() {
        // £60.02 a month is £13.85 a week at most: 13.85 × 52 / 12 = 60.016…, 13.86 would be 60.06.
        assertThat(Pence.perPeriodFromMonthly(6002, Frequency.WEEKLY)).isEqualTo(1385);
        assertThat(Pence.exceedsMonthly(1385, Frequency.WEEKLY, 6002)).isFalse();
        assertThat(Pence.exceedsMonthly(1386, Frequency.WEEKLY, 6002)).isTrue();
        assertThat(Pence.monthlyEquivalent(1000, Frequency.FOUR_WEEKLY)).isEqualTo(1083);
        assertThat(Pence.monthlyEquivalent(6002, Frequency.MONTHLY)).isEqualTo(6002);
    }
}
