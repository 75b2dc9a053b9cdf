package uk.caseview.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.ContactNoteList;
import uk.caseview.sdk.model.debt.Debt;
import uk.caseview.sdk.model.debt.DebtLedger;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.debt.RecoveryMethod;
import uk.caseview.sdk.view.CustomerView;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.PanelStatesTest;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Theme;

class TimelinePanelTest extends PanelStatesTest {

    /** Answers the timeline's own reads; a read set to fail throws as the SDK would. */
    private final class FakeFetches implements TimelineFetches {
        boolean notesFail;
        // The panel asks for its ledgers side by side, so this is written from several threads.
        final List<String> ledgersAsked = java.util.Collections.synchronizedList(new ArrayList<>());
        int notesAsked;

        @Override
        public ContactNoteList notes(Nino nino) {
            notesAsked++;
            if (notesFail) {
                throw new IllegalStateException("connection reset");
            }
            return TimelineSamples.notes();
        }

        @Override
        public DebtLedger ledger(String debtId) {
            ledgersAsked.add(debtId);
            if (debtId.equals("D1")) {
                return TimelineSamples.overpaymentLedger();
            }
            throw new IllegalStateException("no ledger");
        }
    }

    private final FakeFetches fetches = new FakeFetches();

    @Override
    protected PanelProvider provider() {
        return new TimelinePanelProvider(c -> fetches);
    }

    @Override
    protected Source source() {
        return Source.AWARD;
    }

    @Override
    protected Object sample() {
        return TimelineSamples.awards();
    }

    @Override
    protected void assertShowsSample(FxRobot robot) {
        assertThat(rows()).extracting(TimelineEvent::description)
                .contains("Universal Credit payment", "Universal Credit payment (Returned)");
        assertThat(within(robot, "£1,191.11").tryQuery()).isPresent();
        assertThat(within(robot, "5 May 2025").tryQuery()).isPresent();
    }

    private CustomerView everything() {
        return viewWith(loaded(TimelineSamples.awards()))
                .with(Source.EARNINGS, loaded(TimelineSamples.earnings()))
                .with(Source.EVIDENCE, loaded(TimelineSamples.evidence()))
                .with(Source.DEBT, loaded(TimelineSamples.debts()));
    }

    @SuppressWarnings("unchecked")
    private List<TimelineEvent> rows() {
        return List.copyOf(((TableView<TimelineEvent>) panel.node().lookup("#timeline-table")).getItems());
    }

    @Test
    void mergesEverySourceWithLedgersAndNotesNewestFirst(FxRobot robot) {
        show(everything());

        List<TimelineEvent> rows = rows();
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0).description()).isEqualTo("Requested Fit note");
        assertThat(rows).extracting(TimelineEvent::description).contains(
                "Phone note by J Agent: Called about the May payment",
                "Deducted from Universal Credit: Overpayment (Universal Credit)",
                "Debt raised: Advance (Universal Credit)");
        assertThat(within(robot, "28 May 2025, 14:05").tryQuery()).isPresent();
        assertThat(within(robot, "-£200.00").tryQuery()).isPresent();
        assertThat(fetches.ledgersAsked).containsExactlyInAnyOrder("D1", "D2");
        assertThat(robot.lookup("#timeline-filter-rti").queryAs(ToggleButton.class).getText()).isEqualTo("RTI 3");
        assertThat(robot.lookup("#timeline-summary").queryLabeled().getText()).isEqualTo("12 events");
    }

    /** Each event's full text is its cell's tooltip, and a cell keeps one tooltip as it is reused for other rows. */
    @Test
    void eachEventReadsInFullInItsTooltipWithOneTooltipPerCell(FxRobot robot) {
        show(everything());
        @SuppressWarnings("unchecked")
        TableView<TimelineEvent> table = (TableView<TimelineEvent>) panel.node().lookup("#timeline-table");
        Map<TableCell<?, ?>, Tooltip> tooltipOf =
                new IdentityHashMap<>();
        List<String> read = new ArrayList<>();
        // Between reads a source is hidden and shown again: the same cells then show other rows.
        ToggleButton rti = (ToggleButton) panel.node().lookup("#timeline-filter-rti");
        for (int pass = 0; pass < 3; pass++) {
            onFx(rti::fire);
            settle();
            onFx(() -> table.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty()
                            && "Event".equals(c.getTableColumn().getText()) && c.getTooltip() != null)
                    .map(n -> (TableCell<?, ?>) n)
                    .forEach(c -> {
                        assertThat(c.getTooltip().getText()).isEqualTo(c.getText());
                        read.add(c.getText());
                        Tooltip before = tooltipOf.putIfAbsent(c, c.getTooltip());
                        assertThat(before == null || before == c.getTooltip()).as("the cell's own tooltip").isTrue();
                    }));
        }
        assertThat(read).contains("Phone note by J Agent: Called about the May payment");
    }

    @Test
    void sourceTogglesHideAndShowTheirEvents(FxRobot robot) {
        show(everything());
        robot.clickOn("#timeline-filter-rti");
        robot.clickOn("#timeline-filter-evidence");

        assertThat(rows()).hasSize(6).noneMatch(e -> e.kind() == EventKind.RTI || e.kind() == EventKind.EVIDENCE);
        assertThat(robot.lookup("#timeline-summary").queryLabeled().getText()).isEqualTo("6 of 12 events");

        robot.clickOn("#timeline-filter-rti");
        assertThat(rows()).hasSize(9);
    }

    @Test
    void aFailedReadIsNamedWithRetryAndTheListStays(FxRobot robot) {
        fetches.notesFail = true;
        show(everything());

        assertThat(rows()).hasSize(11).noneMatch(e -> e.kind() == EventKind.NOTE);
        assertThat(within(robot, "Contact notes could not be loaded: an unexpected error occurred.").tryQuery())
                .isPresent();
        assertThat(within(robot, "." + Styles.UNAVAILABLE).tryQuery()).isEmpty();
        assertThat(robot.lookup("#timeline-problems").queryParent().getChildrenUnmodifiable())
                .anyMatch(n -> n instanceof Label l
                        && l.getText().startsWith("Transactions for 1 debt could not be loaded"));

        fetches.notesFail = false;
        robot.clickOn(robot.lookup("#timeline-retry-parts").queryAs(Button.class));

        assertThat(rows()).anyMatch(e -> e.kind() == EventKind.NOTE);
        assertThat(within(robot, "Contact notes could not be loaded: an unexpected error occurred.").tryQuery())
                .isEmpty();
        assertThat(fetches.notesAsked).isEqualTo(2);
    }

    /** The notes above the list wrap whole at the largest text in a narrow panel; the list gives up the height. */
    @Test
    void theNoticesAboveTheListReadWholeAtTheLargestText(FxRobot robot) {
        List<Debt> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(new Debt("D" + (i + 10), "ZX000001A",
                    DebtType.OVERPAYMENT, "Universal Credit", "Overpaid", 1000, 1000,
                    RecoveryMethod.BENEFIT_DEDUCTION,
                    DebtStatus.ACTIVE, LocalDate.of(2024, 1, 1).plusDays(i),
                    null, 1));
        }
        show(everything().with(Source.DEBT, loaded(new Debts("ZX000001A", many))));
        showAt(420, Theme.MAX_SCALE);
        List<Label> notices = new ArrayList<>();
        onFx(() -> ((Parent) panel.node().lookup("#timeline-problems")).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label).forEach(n -> notices.add((Label) n)));
        assertThat(notices).anyMatch(l -> l.getText().startsWith("Transactions shown for the 20 most recent of 25"));
        onFx(() -> assertThat(notices).allSatisfy(l -> assertThat(l.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst()).as("drawn whole").hasValue(l.getText())));
    }

    @Test
    void namesASourceThatIsDownAboveTheRest(FxRobot robot) {
        show(everything().with(Source.EARNINGS,
                new uk.caseview.sdk.view.SourceState.Unavailable<>("the service did not answer in time")));
        assertThat(within(robot, "Earnings (RTI) unavailable: the service did not answer in time.").tryQuery())
                .isPresent();
        assertThat(rows()).isNotEmpty().noneMatch(e -> e.kind() == EventKind.RTI);
    }
}
