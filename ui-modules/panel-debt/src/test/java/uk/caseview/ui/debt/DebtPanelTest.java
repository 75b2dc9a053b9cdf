package uk.caseview.ui.debt;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.PanelStatesTest;

class DebtPanelTest extends PanelStatesTest {

    @Override
    protected PanelProvider provider() {
        return new DebtPanelProvider();
    }

    @Override
    protected Source source() {
        return Source.DEBT;
    }

    @Override
    protected Object sample() {
        return DebtSamples.three();
    }

    @Override
    protected void assertShowsSample(FxRobot robot) {
        assertThat(within(robot, "#debt-total").queryAs(Label.class).getText()).isEqualTo("£1,187.65");
        TableView<Debt> table = debtTable(robot);
        assertThat(table.getItems()).extracting(Debt::debtId).containsExactly("D1", "D2", "D3");
        assertThat(within(robot, "£987.65").tryQuery()).isPresent();
        assertThat(within(robot, "In arrears").tryQuery()).isPresent();
        assertThat(within(robot, "£25.00 monthly by benefit deduction").tryQuery()).isPresent();
        assertThat(within(robot, "#debt-next-instalment").queryAs(Label.class).getText())
                .isEqualTo("Next instalment 12 Jun 2025");
    }

    @SuppressWarnings("unchecked")
    private TableView<Debt> debtTable(FxRobot robot) {
        return within(robot, "#debt-table").queryAs(TableView.class);
    }

    @Test
    void selectingADebtShowsItsPlan(FxRobot robot) {
        showSample();
        onFx(() -> debtTable(robot).getSelectionModel().select(1));
        assertThat(within(robot, "No repayment plan. Recovery: benefit deduction.").tryQuery()).isPresent();
    }

    @Test
    void theArrearsFlagSelectsTheDebtInArrears(FxRobot robot) {
        show(viewWith(loaded(DebtSamples.three())));
        onFx(() -> debtTable(robot).getSelectionModel().select(2));
        onFx(() -> assertThat(panel.showDetail(CustomerFlag.DEBT_IN_ARREARS)).isTrue());
        assertThat(debtTable(robot).getSelectionModel().getSelectedItem().debtId()).isEqualTo("D1");
        assertThat(panel.showDetail(CustomerFlag.EVIDENCE_OVERDUE)).isFalse();
    }

    @Test
    void twoHundredDebtsLiveInAVirtualisedTable(FxRobot robot) {
        show(viewWith(loaded(DebtSamples.many(200))));
        assertThat(debtTable(robot).getItems()).hasSize(200);
        long rowCells = robot.from(debtTable(robot)).lookup(".table-row-cell").queryAll().size();
        assertThat(rowCells).isLessThan(60);
    }

    @Test
    void offersTheDebtWorkspaceOnlyWhenInstalled(FxRobot robot) {
        assertThat(within(robot, "Open in debt workspace").tryQuery()).isEmpty();
    }

    /** A few pulses of layout when data lands, then none: no layout loop, however big the record. */
    @Test
    void settlesWithinAFewLayoutPassesOfShowingData() {
        assertThat(layoutPassesToShow(viewWith(loaded(sample())))).isBetween(1, 4);
        // two hundred debts, shown over the sample
        assertThat(layoutPassesToShow(viewWith(loaded(DebtSamples.many(200))))).isBetween(1, 4);
    }
}
