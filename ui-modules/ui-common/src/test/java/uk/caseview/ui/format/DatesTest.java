package uk.caseview.ui.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void formatsDayMonthYearWithThreeLetterMonths() {
        assertThat(Dates.format(LocalDate.of(2025, 3, 12))).isEqualTo("12 Mar 2025");
        assertThat(Dates.format(LocalDate.of(2025, 9, 1))).isEqualTo("1 Sep 2025");
        assertThat(Dates.format(LocalDate.of(1999, 12, 31))).isEqualTo("31 Dec 1999");
        assertThat(Dates.format((LocalDate) null)).isEqualTo("–");
        assertThat(Dates.format(YearMonth.of(2024, 6))).isEqualTo("Jun 2024");
        assertThat(Dates.shortMonth(YearMonth.of(2005, 6))).isEqualTo("Jun '05");
    }

    @Test
    void formatsInstantsInTheCallersZone() {
        Instant noonUtcInSummer = Instant.parse("2025-07-01T12:05:00Z");
        assertThat(Dates.format(noonUtcInSummer, ZoneId.of("Europe/London"))).isEqualTo("1 Jul 2025, 13:05");
    }

    @Test
    void agesCountWholeYearsAndTurnOnTheBirthday() {
        LocalDate dob = LocalDate.of(1990, 3, 12);
        assertThat(Dates.age(dob, LocalDate.of(2025, 3, 11))).isEqualTo(34);
        assertThat(Dates.age(dob, LocalDate.of(2025, 3, 12))).isEqualTo(35);
        assertThat(Dates.age(LocalDate.of(2000, 2, 29), LocalDate.of(2021, 2, 28))).isEqualTo(20);
        assertThat(Dates.age(LocalDate.of(2000, 2, 29), LocalDate.of(2021, 3, 1))).isEqualTo(21);
    }

    @Test
    void agoReadsNaturally() {
        assertThat(Dates.ago(Duration.ofSeconds(30))).isEqualTo("just now");
        assertThat(Dates.ago(Duration.ofSeconds(-5))).isEqualTo("just now");
        assertThat(Dates.ago(Duration.ofMinutes(1))).isEqualTo("1 min ago");
        assertThat(Dates.ago(Duration.ofMinutes(59))).isEqualTo("59 min ago");
        assertThat(Dates.ago(Duration.ofMinutes(125))).isEqualTo("2 hr ago");
        assertThat(Dates.ago(Duration.ofDays(3))).isEqualTo("3 days ago");
    }

    @Test
    void labelsHumaniseEnumNames() {
        assertThat(Labels.humanise(java.time.DayOfWeek.MONDAY)).isEqualTo("Monday");
        assertThat(Labels.humanise(uk.caseview.sdk.model.debt.DebtStatus.IN_ARREARS)).isEqualTo("In arrears");
        assertThat(Labels.humanise(null)).isEqualTo("–");
    }
}
