package uk.caseview.ui.workspace.debt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

    /** Labels for ticks every {@code unit} days from {@code from}, the axis starting there. */
    private static List<String> ticks(LocalDate from, double unit, int count) {
        List<String> labels = new ArrayList<>();
        double lower = from.toEpochDay();
        for (int i = 0; i < count; i++) {
            labels.add(TimeAxis.label(lower + i * unit, unit, lower));
        }
        return labels;
    }

    @Test
    void aPlanRunningIntoLaterYearsSaysWhichYearEachTickIsIn() {
        // 25-day ticks from 24 Oct 2026 to 11 Feb 2028, as the plan builder's balance chart had them.
        List<String> labels = ticks(LocalDate.of(2026, 10, 24), 25, 20);
        assertThat(labels).startsWith("24 Oct 2026", "18 Nov", "13 Dec", "7 Jan 2027", "1 Feb");
        assertThat(labels).contains("17 Jan 2028").doesNotContain("17 Jan");
        assertThat(labels.stream().filter(l -> l.endsWith("2027"))).hasSize(1);
    }

    @Test
    void ticksInOneYearGiveTheYearOnceAndMonthlyTicksAlways() {
        assertThat(ticks(LocalDate.of(2026, 10, 16), 2.5, 4)).containsExactly("16 Oct 2026", "18 Oct", "21 Oct", "23 Oct");
        assertThat(ticks(LocalDate.of(2026, 11, 1), 50, 3)).containsExactly("Nov 2026", "Dec 2026", "Feb 2027");
    }
}
