package uk.caseview.ui.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.ui.theme.Tone;

class AwardViewModelTest {

    @Test
    void liveAwardsComeFirst() {
        assertThat(AwardViewModel.ordered(AwardSamples.both())).extracting(Award::awardId).containsExactly("A1", "A2");
    }

    @Test
    void describesAmountNetAndNextPayment() {
        Award uc = AwardSamples.universalCredit();
        assertThat(AwardViewModel.amount(uc)).isEqualTo("£1,234.56");
        assertThat(AwardViewModel.net(uc)).isEqualTo("Net £1,191.11 after £43.45 deductions");
        assertThat(AwardViewModel.nextPayment(uc)).isEqualTo("Next payment 5 Jun 2025");
        assertThat(AwardViewModel.frequency(Frequency.FORTNIGHTLY)).isEqualTo("every 2 weeks");
        assertThat(AwardViewModel.net(AwardSamples.endedJsa())).isEmpty();
        assertThat(AwardViewModel.period(AwardSamples.endedJsa())).isEqualTo("6 Jan 2020 to 1 Feb 2021");
    }

    @Test
    void listsOnlyTheLatestPaymentsNewestFirst() {
        var payments = AwardViewModel.recentPayments(AwardSamples.universalCredit());
        assertThat(payments).hasSize(AwardViewModel.PAYMENTS_SHOWN);
        assertThat(payments.get(0).paidOn()).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void summaryCountsLiveAwards() {
        assertThat(AwardViewModel.summary(AwardSamples.both())).isEqualTo("1 live of 2 awards");
        assertThat(AwardViewModel.summary(new Awards("ZX000001A", List.of()))).isEqualTo("No awards on record");
    }

    @Test
    void statusTones() {
        assertThat(AwardViewModel.tone(Award.Status.LIVE)).isEqualTo(Tone.SUCCESS);
        assertThat(AwardViewModel.tone(Award.Status.SUSPENDED)).isEqualTo(Tone.WARNING);
    }
}
