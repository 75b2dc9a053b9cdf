package uk.caseview.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.ui.evidence.EvidenceSamples.TODAY;

import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.evidence.EvidenceItem;
import uk.caseview.ui.theme.Tone;

class EvidenceViewModelTest {

    @Test
    void overdueComesFirst() {
        assertThat(EvidenceViewModel.ordered(EvidenceSamples.four(), TODAY)).extracting(EvidenceItem::evidenceId)
                .containsExactly("E1", "E2", "E3", "E4");
    }

    @Test
    void countsEachFilter() {
        var counts = EvidenceViewModel.counts(EvidenceSamples.four().items(), TODAY);
        assertThat(counts.get(EvidenceFilter.ALL)).isEqualTo(4);
        assertThat(counts.get(EvidenceFilter.OVERDUE)).isEqualTo(1);
        assertThat(counts.get(EvidenceFilter.REQUESTED)).isEqualTo(2);
        assertThat(counts.get(EvidenceFilter.VERIFIED)).isEqualTo(1);
        assertThat(counts.get(EvidenceFilter.REJECTED)).isEqualTo(1);
        assertThat(counts.get(EvidenceFilter.RECEIVED)).isZero();
    }

    @Test
    void wording() {
        assertThat(EvidenceViewModel.statusText(EvidenceSamples.overduePayslip(), TODAY)).isEqualTo("Overdue");
        assertThat(EvidenceViewModel.tone(EvidenceSamples.overduePayslip(), TODAY)).isEqualTo(Tone.DANGER);
        assertThat(EvidenceViewModel.describe(EvidenceSamples.requestedTenancy())).isEqualTo("Tenancy agreement");
        assertThat(EvidenceViewModel.file(EvidenceSamples.requestedTenancy())).isEqualTo("Not received");
        assertThat(EvidenceViewModel.file(EvidenceSamples.verifiedStatement())).isEqualTo("statement-april.pdf (240 KB)");
        assertThat(EvidenceViewModel.size(3_250_000)).isEqualTo("3.1 MB");
        assertThat(EvidenceViewModel.size(900)).isEqualTo("900 B");
    }
}
