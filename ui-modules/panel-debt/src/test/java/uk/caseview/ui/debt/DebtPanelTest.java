package uk.caseview.ui.debt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.PanelStatesTest;
import uk.caseview.ui.theme.Palette;
import uk.caseview.ui.theme.Theme;

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
    void aPlanAgreedOnThisPcShowsAtOnceNamingItsDebtUntilTheServiceHasIt(FxRobot robot) {
        var plan = uk.caseview.sdk.outbox.WriteRequest.repaymentPlan(uk.caseview.sdk.Nino.parse("ZX000001A"), "D2",
                new uk.caseview.sdk.model.debt.RepaymentPlanRequest(2000, uk.caseview.sdk.model.Frequency.FORTNIGHTLY,
                        java.time.LocalDate.of(2025, 6, 16),
                        uk.caseview.sdk.model.debt.RecoveryMethod.BENEFIT_DEDUCTION, null), "\"3\"");
        java.time.Instant saved = java.time.Instant.parse("2025-06-02T08:15:30Z");
        var unsent = new uk.caseview.sdk.outbox.UnsentWrite(new uk.caseview.sdk.outbox.OutboxEntry("w1",
                plan.describe(), uk.caseview.sdk.outbox.OutboxStatus.QUEUED, 0, saved, saved, null, null), plan);
        show(viewWith(loaded(sample())).withUnsent(List.of(unsent)));

        var pending = within(robot, "#debt-pending").queryAs(javafx.scene.layout.VBox.class);
        assertThat(pending.isVisible()).isTrue();
        assertThat(pending.getChildren()).extracting(n -> ((Label) n).getText()).containsExactly(
                "Your changes, not yet confirmed",
                "Repayment plan: £20.00 fortnightly from 16 Jun 2025, for Advance (UC)",
                "Pending: saved on this PC, not yet confirmed by the service");

        show(viewWith(loaded(sample())));
        assertThat(pending.isVisible()).isFalse();
    }

    @Test
    void noDebtsOnRecordIsSaidOnceAndTheTableReturnsWithDebts(FxRobot robot) {
        show(viewWith(loaded(new uk.caseview.sdk.model.debt.Debts("ZX000001A", List.of()))));
        assertThat(within(robot, "#debt-total").queryAs(Label.class).getText()).isEqualTo("£0.00");
        assertThat(within(robot, "No debts on record").tryQuery()).isPresent();
        assertThat(onShow(debtTable(robot))).as("empty table on show").isFalse();
        assertThat(within(robot, "No debts on record.").tryQuery().map(DebtPanelTest::onShow)).isNotEqualTo(
                java.util.Optional.of(true));

        showSample();
        assertThat(onShow(debtTable(robot))).isTrue();
    }

    private static boolean onShow(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void selectingADebtShowsItsPlan(FxRobot robot) {
        showSample();
        onFx(() -> debtTable(robot).getSelectionModel().select(1));
        assertThat(within(robot, "No repayment plan. Recovery: benefit deduction.").tryQuery()).isPresent();
    }

    @Test
    void aFinishedPlanSaysItIsPaidRatherThanGivingADate(FxRobot robot) {
        show(viewWith(loaded(DebtSamples.everyStatus())));
        onFx(() -> debtTable(robot).getItems().stream().filter(d -> d.debtId().equals("D-CLEARED")).findFirst()
                .ifPresent(d -> debtTable(robot).getSelectionModel().select(d)));
        assertThat(within(robot, "Plan completed").tryQuery()).isPresent();
        assertThat(within(robot, "#debt-next-instalment").queryAs(Label.class).getText())
                .isEqualTo("Paid in full: no more instalments");
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

    /**
     * A debts panel a third of a 1440 px window wide, and the whole window's width, at the
     * designed text size and at the largest the View menu offers: every status, amount and date
     * on every row reads whole, and the debt's name keeps room for a few words.
     */
    @Test
    void statusesMoneyAndDatesReadWholeAtEveryTextSize(FxRobot robot) {
        show(viewWith(loaded(DebtSamples.everyStatus())));
        TableView<Debt> table = debtTable(robot);
        for (double width : new double[] {440, 460, 480, 900}) {
            for (double scale : new double[] {1.0, 1.3, Theme.MAX_SCALE}) {
                showAt(width, scale);
                String at = width + " px at " + Math.round(scale * 100) + " %";
                // Next due's words ("Plan completed") may elide like a name; its dates may not.
                List<CellText> cells = everyRow(table, "Status", "Owed", "Original", "Next due").stream()
                        .filter(c -> !c.column().equals("Next due") || Character.isDigit(c.full().charAt(0))).toList();
                assertThat(cells).as(at).isNotEmpty().allMatch(CellText::whole, "shown whole");
                assertThat(cells).as(at).extracting(CellText::full)
                        .contains("In arrears", "Written off", "Cleared", "£99,999.99");
                // Columns a narrow table drops at large text come back from the column menu.
                assertThat(visibleTitles(table)).as(at).contains("Debt", "Status", "Owed");
                if (visibleTitles(table).contains("Next due")) {
                    assertThat(cells).as(at).extracting(CellText::full).contains("22 Nov 2026");
                }
                TableColumn<Debt, ?> name = table.getColumns().getFirst();
                assertThat(name.getWidth()).as(at + ": the debt's name keeps room for a few words (4 em)")
                        .isGreaterThanOrEqualTo(4 * Theme.BASE_FONT_PX * scale);
            }
        }
        // High contrast borders every pill: the status column makes room for the border too.
        onFx(() -> theme.paletteProperty().set(Palette.HIGH_CONTRAST));
        showAt(440, Theme.MAX_SCALE);
        assertThat(everyRow(table, "Status", "Owed")).isNotEmpty().allMatch(CellText::whole, "shown whole");
        onFx(() -> theme.paletteProperty().set(Palette.STANDARD));

        // At the designed size every column has room, as it had before.
        showAt(480, 1.0);
        assertThat(visibleTitles(table)).containsExactly("Debt", "Status", "Owed", "Original", "Next due");
    }

    /** A few pulses of layout when data lands, then none: no layout loop, however big the record. */
    @Test
    void settlesWithinAFewLayoutPassesOfShowingData() {
        assertThat(layoutPassesToShow(viewWith(loaded(sample())))).isBetween(1, 4);
        // two hundred debts, shown over the sample
        assertThat(layoutPassesToShow(viewWith(loaded(DebtSamples.many(200))))).isBetween(1, 4);
    }
}
