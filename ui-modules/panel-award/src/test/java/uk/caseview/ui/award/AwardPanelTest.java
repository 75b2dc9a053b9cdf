package uk.caseview.ui.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.testfx.api.FxRobot;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.PanelStatesTest;

class AwardPanelTest extends PanelStatesTest {

    @Override
    protected PanelProvider provider() {
        return new AwardPanelProvider();
    }

    @Override
    protected Source source() {
        return Source.AWARD;
    }

    @Override
    protected Object sample() {
        return AwardSamples.both();
    }

    @Override
    protected void assertShowsSample(FxRobot robot) {
        assertThat(within(robot, "Universal Credit").tryQuery()).isPresent();
        assertThat(within(robot, "£1,234.56").tryQuery()).isPresent();
        assertThat(within(robot, "Next payment 5 Jun 2025").tryQuery()).isPresent();
        assertThat(within(robot, "Overpayment recovery").tryQuery()).isPresent();
        assertThat(within(robot, "Net £1,191.11 after £43.45 deductions").tryQuery()).isPresent();
        assertThat(within(robot, "Returned").tryQuery()).isPresent();
        assertThat(within(robot, "Jobseeker's Allowance").tryQuery()).isPresent();
    }

    @Test
    void noAwardsSaysSo(FxRobot robot) {
        show(viewWith(loaded(new Awards("ZX000001A", List.of()))));
        assertThat(within(robot, "No benefits awarded.").tryQuery()).isPresent();
    }
}
