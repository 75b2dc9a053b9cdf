package uk.caseview.sdk.repayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecoveryReferenceDataTest {

    private final RecoveryReferenceData data = RecoveryReferenceData.standard();

    @Test
    void standardAllowanceFor2025To26() {
        LocalDate ap = LocalDate.of(2025, 5, 1);
        assertThat(data.standardAllowanceMonthlyPence(Circumstance.SINGLE_UNDER_25, ap)).isEqualTo(31698);
        assertThat(data.standardAllowanceMonthlyPence(Circumstance.SINGLE_25_OR_OVER, ap)).isEqualTo(40014);
        assertThat(data.standardAllowanceMonthlyPence(Circumstance.COUPLE_BOTH_UNDER_25, ap)).isEqualTo(49755);
        assertThat(data.standardAllowanceMonthlyPence(Circumstance.COUPLE_ONE_OR_BOTH_25_OR_OVER, ap)).isEqualTo(62810);
    }

    @Test
    void standardAllowanceChangesForAssessmentPeriodsFrom7April2025() {
        assertThat(data.standardAllowanceMonthlyPence(Circumstance.SINGLE_25_OR_OVER, LocalDate.of(2025, 4, 6)))
                .isEqualTo(39345);
        assertThat(data.standardAllowanceMonthlyPence(Circumstance.SINGLE_25_OR_OVER, LocalDate.of(2025, 4, 7)))
                .isEqualTo(40014);
        assertThat(data.standardAllowanceMonthlyPence(Circumstance.COUPLE_BOTH_UNDER_25, LocalDate.of(2024, 4, 8)))
                .isEqualTo(48923);
    }

    @Test
    void capIs25PercentUpTo29AprilAnd15PercentFrom30April2025() {
        LocalDate before = LocalDate.of(2025, 4, 29);
        LocalDate on = LocalDate.of(2025, 4, 30);
        assertThat(data.deductionCapPercent(before)).isEqualByComparingTo(new BigDecimal("25"));
        assertThat(data.deductionCapPercent(on)).isEqualByComparingTo(new BigDecimal("15"));
        // 25% of £400.14 = £100.035, 15% = £60.021: both rounded down, a cap is never rounded up.
        assertThat(data.deductionCapMonthlyPence(Circumstance.SINGLE_25_OR_OVER, before)).isEqualTo(10003);
        assertThat(data.deductionCapMonthlyPence(Circumstance.SINGLE_25_OR_OVER, on)).isEqualTo(6002);
        assertThat(data.deductionCapSince(LocalDate.of(2026, 1, 1))).isEqualTo(on);
    }

    @Test
    void lowestCapOverAPlanSpanningTheChangeIsTheFairRepaymentRate() {
        long lowest = data.lowestDeductionCapMonthlyPence(
                Circumstance.COUPLE_ONE_OR_BOTH_25_OR_OVER, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(lowest).isEqualTo(9421); // 15% of £628.10 = £94.215
        long beforeChange = data.lowestDeductionCapMonthlyPence(
                Circumstance.SINGLE_25_OR_OVER, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 29));
        assertThat(beforeChange).isEqualTo(9836); // 25% of £393.45, the 2024/25 rate
    }

    @Test
    void daysBeforeTheDataAreRefusedNotGuessed() {
        assertThatThrownBy(() -> data.deductionCapPercent(LocalDate.of(2024, 4, 7)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("starts on 2024-04-08");
    }

    @Test
    void otherRulesAreRead() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThat(data.minimumInstalmentMonthlyPence(day)).isEqualTo(500);
        assertThat(data.maximumPlanMonths(day)).isEqualTo(120);
        assertThat(data.earningsWindowMonths()).isEqualTo(3);
        assertThat(data.planStatusRule()).isEqualTo(new PlanStatusRule(2, 3, 6));
        assertThat(data.firstDay()).isEqualTo(LocalDate.of(2024, 4, 8));
    }

    @Test
    void aFloatPercentageIsRejectedWithTheFieldNamed() {
        String json = STANDARD_JSON.replace("\"percent\": \"15\"", "\"percent\": 15.0");
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("deductionCapPercentOfStandardAllowance from 2025-04-30")
                .hasMessageContaining("decimal string");
    }

    @Test
    void aMissingBandIsRejected() {
        String json = STANDARD_JSON.replace("\"couple_both_under_25\": 49755,", "");
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("couple_both_under_25");
    }

    @Test
    void twoEntriesForOneDayAreRejected() {
        String json = STANDARD_JSON.replace("\"from\": \"2025-04-30\"", "\"from\": \"2024-04-08\"");
        assertThatThrownBy(() -> read(json)).hasMessageContaining("two entries from 2024-04-08");
    }

    private static RecoveryReferenceData read(String json) {
        return RecoveryReferenceData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String STANDARD_JSON;

    static {
        try (var in = RecoveryReferenceData.class.getResourceAsStream(RecoveryReferenceData.RESOURCE)) {
            STANDARD_JSON = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
