package uk.caseview.ui.earnings;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import uk.caseview.sdk.client.CaseviewApis;
import uk.caseview.sdk.client.EarningsApi;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.flag.CustomerFlag;
import uk.caseview.ui.panel.PanelProvider;
import uk.caseview.ui.panel.PanelStatesTest;
import uk.caseview.ui.panel.RecordingPanelContext;
import uk.caseview.ui.theme.Theme;

class EarningsPanelTest extends PanelStatesTest {

    /** The from-dates the panel asked the earnings API for, beyond the view's 12 months. */
    private final List<String> fetchedFrom = new CopyOnWriteArrayList<>();
    private volatile boolean earningsApiDown;

    @Override
    protected RecordingPanelContext newContext() {
        EarningsApi earningsApi = (nino, from, to) -> {
            fetchedFrom.add(from);
            if (earningsApiDown) {
                throw new UncheckedIOException(new IOException("connection refused"));
            }
            return EarningsSamples.twoEmployersSince(LocalDate.parse(from));
        };
        return new RecordingPanelContext(nino()).withApis(new CaseviewApis(null, earningsApi, null, null, null));
    }

    @Override
    protected PanelProvider provider() {
        return new EarningsPanelProvider();
    }

    @Override
    protected Source source() {
        return Source.EARNINGS;
    }

    @Override
    protected Object sample() {
        return EarningsSamples.twoEmployers();
    }

    @Override
    protected void assertShowsSample(FxRobot robot) {
        EarningsChart chart = chart(robot);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("Greggs plc", "Tesco Stores");
        assertThat(chart.getData().get(0).getData()).hasSize(12);
        assertThat(chart.markerCount()).isEqualTo(1);
        assertThat(chart.thresholdLineCount()).isEqualTo(1);
        assertThat(table(robot).getItems()).hasSize(11 + 13); // Jul 2024 to May 2025 monthly, 13 Fridays since 7 Mar
        assertThat(within(robot, "Above threshold, 30 Apr 2025").tryQuery()).isPresent();
        assertThat(within(robot, "£2,300.00 gross").tryQuery()).isEmpty();
    }

    private EarningsChart chart(FxRobot robot) {
        return within(robot, "#earnings-chart").queryAs(EarningsChart.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<PayRow> table(FxRobot robot) {
        return within(robot, "#earnings-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<EarningsPeriod> picker(FxRobot robot) {
        return within(robot, "#earnings-period").queryAs(ComboBox.class);
    }

    /**
     * Pay at the designed text size and the largest the View menu offers, in a third of a 1440 px
     * window and in the whole width: dates and amounts read whole; Tax and NI go before they would be cut.
     */
    @Test
    void payDatesAndAmountsReadWholeAtEveryTextSize(FxRobot robot) {
        showSample();
        TableView<PayRow> table = table(robot);
        for (double width : new double[] {480, 900}) {
            for (double scale : new double[] {1.0, 1.3, Theme.MAX_SCALE}) {
                showAt(width, scale);
                String at = width + " px at " + Math.round(scale * 100) + " %";
                List<CellText> cells = cellsOnShow(table, "Paid", "Gross", "Tax", "NI");
                assertThat(cells).as(at).isNotEmpty().allMatch(CellText::whole, "shown whole");
                assertThat(table.getVisibleLeafColumns()).as(at).extracting(c -> c.getText())
                        .contains("Paid", "Employer", "Gross");
            }
        }
        // The table beside the chart across a whole 1440 px window has room for every column.
        showAt(1440, 1.0);
        assertThat(table.getVisibleLeafColumns()).extracting(c -> c.getText())
                .containsExactly("Paid", "Employer", "Gross", "Tax", "NI");
    }

    /**
     * Three alerts with the chart stacked above the table (a panel about 527 x 326 px, as a 1440 x 900
     * window gives it), at 100 and 110 % text: the chips wrap onto a second row and none is covered by
     * the pay table. (Seen on screen for Alys Pritchard: the split pane gave the chart's side the room
     * its chips need, but left the table where the divider was, over the last row of chips.) At 130 %
     * in a panel this short the chart's minimum, three rows of chips and the table do not all fit.
     */
    @Test
    void noAlertChipIsCoveredByThePayTable(FxRobot robot) {
        Earnings two = EarningsSamples.twoEmployers();
        List<EarningsAlert> three = List.of(
                new EarningsAlert(EarningsAlert.Type.BELOW_THRESHOLD, LocalDate.of(2025, 5, 2), 200000L, 150000L,
                        "456/CD789", null),
                new EarningsAlert(EarningsAlert.Type.EMPLOYMENT_ENDED, LocalDate.of(2025, 3, 28), null, null,
                        "123/AB456", null),
                new EarningsAlert(EarningsAlert.Type.NEW_EMPLOYER, LocalDate.of(2025, 3, 7), null, null,
                        "456/CD789", null));
        show(viewWith(loaded(new Earnings(two.nino(), two.from(), two.to(), two.employments(), three))));
        for (double height : new double[] {340, 326, 300, 280}) {
            for (double scale : new double[] {1.0, 1.1}) {
                onFx(() -> {
                    stage.setWidth(527);
                    stage.setHeight(height);
                    theme.setFontScale(scale);
                });
                settle();
                String at = "527 x " + height + " px at " + Math.round(scale * 100) + " %";
                Region alerts = within(robot, "#earnings-alerts").queryAs(Region.class);
                TableView<PayRow> table = table(robot);
                double tableTop = table.localToScene(table.getLayoutBounds()).getMinY();
                List<Node> chips = List.copyOf(alerts.getChildrenUnmodifiable());
                assertThat(chips).as(at).hasSize(3);
                assertThat(chips.get(2).localToScene(chips.get(2).getLayoutBounds()).getMinY()).as(at + ": wrapped")
                        .isGreaterThan(chips.get(0).localToScene(chips.get(0).getLayoutBounds()).getMinY());
                for (Node chip : chips) {
                    assertThat(chip.localToScene(chip.getLayoutBounds()).getMaxY()).as(at + ": bottom of " + chip)
                            .isLessThanOrEqualTo(tableTop);
                }
            }
        }
    }

    /**
     * With no pay in the period the table has no scroll bar, and its column menu button ("+") sits
     * over the last header; and no cell has measured the columns at the text size: the headers
     * still read whole, at every width and text size (a narrow table hides Tax and NI first).
     */
    @Test
    void anEmptyTablesHeadersReadWholeBesideTheColumnMenuButton(FxRobot robot) {
        show(viewWith(loaded(new Earnings("ZX000001A", null, null, List.of(), List.of()))));
        TableView<PayRow> table = table(robot);
        for (double width : new double[] {480, 900, 1440}) {
            for (double scale : new double[] {1.0, 1.3, Theme.MAX_SCALE}) {
                showAt(width, scale);
                String at = width + " px at " + Math.round(scale * 100) + " %";
                assertThat(table.getItems()).isEmpty();
                assertThat(headersOnShow(table)).as(at).isNotEmpty().allMatch(CellText::whole, "shown whole");
            }
        }
    }

    @Test
    void thePeriodPickerFiltersChartAndTable(FxRobot robot) {
        showSample();
        onFx(() -> picker(robot).setValue(EarningsPeriod.LAST_3_MONTHS));
        assertThat(chart(robot).getData().get(0).getData()).hasSize(3);
        assertThat(table(robot).getItems()).allSatisfy(r ->
                assertThat(r.period().payDate()).isAfterOrEqualTo(java.time.LocalDate.of(2025, 4, 1)));
        assertThat(fetchedFrom).as("3 months is within the view's 12").isEmpty();
    }

    @Test
    void aPeriodLongerThanTheViewsTwelveMonthsIsFetched(FxRobot robot) {
        showSample();
        onFx(() -> picker(robot).setValue(EarningsPeriod.LAST_24_MONTHS));

        assertThat(fetchedFrom).containsExactly("2023-07-01");
        // Jul 2023 to May 2025 monthly (23), plus the 13 weekly Fridays.
        assertThat(table(robot).getItems()).hasSize(23 + 13);
        assertThat(table(robot).getItems()).anySatisfy(r ->
                assertThat(r.period().payDate()).isBefore(LocalDate.of(2024, 1, 1)));
        assertThat(within(robot, ".label").queryAll()).noneMatch(n -> n.toString().contains("Fetching"));
    }

    @Test
    void whenTheLongerPeriodCannotBeFetchedThePanelSaysSoAndKeepsWhatItHas(FxRobot robot) {
        earningsApiDown = true;
        showSample();
        onFx(() -> picker(robot).setValue(EarningsPeriod.ALL));

        assertThat(table(robot).getItems()).hasSize(17 + 13);
        assertThat(within(robot, "Earlier pay could not be fetched: the earnings service did not answer. "
                + "Showing what is held.").tryQuery()).isPresent();
    }

    @Test
    void theAlertFlagFocusesTheAlertAndItLeadsToThePayPeriod(FxRobot robot) {
        showSample();
        onFx(() -> assertThat(panel.showDetail(CustomerFlag.EARNINGS_ALERT)).isTrue());
        robot.clickOn("Above threshold, 30 Apr 2025");
        PayRow selected = table(robot).getSelectionModel().getSelectedItem();
        assertThat(selected.payeReference()).isEqualTo("456/CD789");
        assertThat(selected.period().payDate().getMonthValue()).isEqualTo(4);
    }

    @Test
    void fiveHundredAndTwentyPeriodsStayVirtualised(FxRobot robot) {
        show(viewWith(loaded(EarningsSamples.tenYearsWeekly())));
        onFx(() -> picker(robot).setValue(EarningsPeriod.ALL));
        assertThat(table(robot).getItems()).hasSize(520);
        assertThat(robot.from(table(robot)).lookup(".table-row-cell").queryAll().size()).isLessThan(60);
    }

    /** A few pulses of layout when data lands, then none: no layout loop, however big the record. */
    @Test
    void settlesWithinAFewLayoutPassesOfShowingData() {
        assertThat(layoutPassesToShow(viewWith(loaded(sample())))).isBetween(1, 4);
        // ten years of weekly pay, shown over the sample
        assertThat(layoutPassesToShow(viewWith(loaded(EarningsSamples.tenYearsWeekly())))).isBetween(1, 4);
    }
}
