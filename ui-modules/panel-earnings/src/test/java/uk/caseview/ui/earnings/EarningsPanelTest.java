package uk.caseview.ui.earnings;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import uk.caseview.sdk.model.Frequency;
import uk.caseview.sdk.model.earnings.EarningsAlert;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.earnings.PayPeriod;
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

    /** The window at that size and text scale, settled; says where, for assertion messages. */
    private String showAt(double width, double height, double scale) {
        onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            theme.setFontScale(scale);
        });
        settle();
        return width + " x " + height + " px at " + Math.round(scale * 100) + " %";
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
                String at = showAt(527, height, scale);
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
     * Three employers with the chart stacked above the table, in the Earnings panel's share of a
     * 1440 x 900 window (about 527 x 326 px) and shorter, at 100 and 110 % text: the key names every
     * employer beside a swatch in that employer's bar colour, on screen and above the pay table.
     * (Seen on screen for Alys Pritchard: JavaFX drops its own chart legend when the chart is
     * shorter than 150 px plus the legend, so the bars' colours had no key.)
     */
    @Test
    void theKeyNamesEveryEmployerInItsBarColourAboveThePayTable(FxRobot robot) {
        Earnings two = EarningsSamples.twoEmployers();
        List<Employment> three = new java.util.ArrayList<>(two.employments());
        three.add(new Employment("Marlow Street Cafe and Bakery Limited", "789/EF012", Frequency.MONTHLY,
                LocalDate.of(2025, 1, 1), null, false,
                List.of(new PayPeriod(LocalDate.of(2025, 4, 28), "2025-26", 30000, 30000, 0, 0, null))));
        show(viewWith(loaded(new Earnings(two.nino(), two.from(), two.to(), three, two.alerts()))));
        for (double height : new double[] {326, 280}) {
            for (double scale : new double[] {1.0, 1.1}) {
                String at = showAt(527, height, scale);
                EarningsChart chart = chart(robot);
                Region key = within(robot, "#earnings-key").queryAs(Region.class);
                List<Label> entries = key.getChildrenUnmodifiable().stream().map(Label.class::cast).toList();
                assertThat(entries).as(at).extracting(Label::getText).containsExactly(
                        "Greggs plc", "Tesco Stores", "Marlow Street Cafe and Bakery Limited");
                double tableTop = table(robot).localToScene(table(robot).getLayoutBounds()).getMinY();
                for (int i = 0; i < entries.size(); i++) {
                    Label entry = entries.get(i);
                    var onScene = entry.localToScene(entry.getLayoutBounds());
                    assertThat(entry.isVisible() && key.isVisible()).as(at).isTrue();
                    assertThat(onScene.getWidth()).as(at + ": width of " + entry.getText()).isGreaterThan(40);
                    assertThat(onScene.getMinY()).as(at).isGreaterThanOrEqualTo(0);
                    assertThat(onScene.getMaxY()).as(at + ": bottom of " + entry.getText())
                            .isLessThanOrEqualTo(tableTop);
                    String barColour = chart.getData().get(i).getData().get(0).getNode().getStyleClass().stream()
                            .filter(c -> c.startsWith("default-color")).findFirst().orElseThrow();
                    assertThat(entry.getGraphic().getStyleClass()).as(at + ": swatch of " + entry.getText())
                            .contains(barColour);
                }
                assertThat(entries).extracting(e -> EmployerKey.colourOf(chart.getData().get(entries.indexOf(e))))
                        .as(at + ": three colours").doesNotHaveDuplicates();
            }
        }
        // No pay in the period: no chart and no key to it, and the panel says so at the top of where they were.
        show(viewWith(loaded(new Earnings("ZX000001A", null, null, List.of(), List.of()))));
        settle();
        assertThat(onShow(within(robot, "#earnings-key").queryAs(Region.class))).isFalse();
        assertThat(onShow(chart(robot))).isFalse();
        Node message = within(robot, "No pay reported by any employer in the last 12 months.").query();
        Node split = within(robot, ".split-pane").query();
        assertThat(message.localToScene(message.getLayoutBounds()).getMinY()
                - split.localToScene(split.getLayoutBounds()).getMinY()).as("message from the top").isLessThan(30);
    }

    private static boolean onShow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * When a text-size step makes the pay table hide a column to make room, no horizontal scroll bar
     * is left behind. (Seen on screen at 120 % in a 527 px panel: the rows kept the width of the
     * column just hidden, so a scroll bar took one of the three rows the panel had.)
     */
    @Test
    void hidingAColumnForRoomLeavesNoHorizontalScrollBar(FxRobot robot) {
        showSample();
        for (double width : new double[] {500, 527, 560}) {
            for (double scale : new double[] {1.0, 1.1, 1.2, 1.3}) {
                String at = showAt(width, 374, scale);
                TableView<PayRow> table = table(robot);
                assertThat(table.lookupAll(".scroll-bar")).as(at).noneMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
                assertThat(table.getVisibleLeafColumns()).as(at).extracting(c -> c.getText()).contains("Paid", "Gross");
            }
        }
    }

    /**
     * Month labels read level, none over another, and the latest month is always labelled, from a
     * narrow panel to the whole width and at the largest text; and the month axis is only as tall as
     * one line of them. (Seen on screen: JavaFX reserved room for the labels turned on end, about
     * 50 px under a 140 px chart, while drawing them level.)
     */
    @Test
    void monthLabelsReadLevelWithoutOverlapAndTheLatestIsAlwaysShown(FxRobot robot) {
        showSample();
        for (EarningsPeriod period : new EarningsPeriod[] {EarningsPeriod.LAST_12_MONTHS, EarningsPeriod.LAST_24_MONTHS}) {
            onFx(() -> picker(robot).setValue(period));
            for (double width : new double[] {480, 527, 1440}) {
                for (double scale : new double[] {1.0, Theme.MAX_SCALE}) {
                    showAt(width, scale);
                    String at = period + " at " + width + " px, " + Math.round(scale * 100) + " %";
                    EarningsChart chart = chart(robot);
                    List<javafx.scene.text.Text> labels = chart.monthLabels();
                    List<javafx.geometry.Bounds> shown = labels.stream().filter(Node::isVisible)
                            .map(t -> t.localToScene(t.getLayoutBounds())).toList();
                    assertThat(labels.get(labels.size() - 1).isVisible()).as(at + ": latest month labelled").isTrue();
                    assertThat(shown.size()).as(at).isGreaterThanOrEqualTo(Math.min(4, labels.size()));
                    for (int i = 1; i < shown.size(); i++) {
                        assertThat(shown.get(i).getMinX()).as(at + ": label " + i + " clear of the one before")
                                .isGreaterThan(shown.get(i - 1).getMaxX());
                    }
                    var chartOnScene = chart.localToScene(chart.getLayoutBounds());
                    assertThat(shown).as(at).allSatisfy(b -> {
                        assertThat(b.getMinX()).isGreaterThanOrEqualTo(chartOnScene.getMinX());
                        assertThat(b.getMaxX()).isLessThanOrEqualTo(chartOnScene.getMaxX());
                        assertThat(b.getMaxY()).isLessThanOrEqualTo(chartOnScene.getMaxY());
                    });
                    double lineHeight = shown.get(0).getHeight();
                    assertThat(chart.getXAxis().getHeight()).as(at + ": month axis height")
                            .isLessThan(2 * lineHeight + 10);
                }
            }
        }
    }

    /**
     * With no pay in the period the panel says so once, naming the period: an empty table under the
     * message only said it again (seen on screen for ZX000012A). The table comes back with pay.
     */
    @Test
    void noPayIsSaidOnceForThePeriodAndThePayTableReturnsWithPay(FxRobot robot) {
        show(viewWith(loaded(new Earnings("ZX000001A", null, null, List.of(), List.of()))));
        settle();
        assertThat(within(robot, "#earnings-table").tryQuery()).as("table in the panel").isEmpty();
        assertThat(within(robot, ".label").queryAllAs(javafx.scene.control.Labeled.class))
                .filteredOn(l -> onShow(l) && l.getText() != null && l.getText().contains("No pay reported in"))
                .isEmpty();
        assertThat(onShow(within(robot, "No pay reported by any employer in the last 12 months.").query())).isTrue();

        onFx(() -> picker(robot).setValue(EarningsPeriod.ALL));
        assertThat(onShow(within(robot, "No pay reported by any employer in the RTI history held.").query())).isTrue();

        showSample();
        settle();
        assertThat(onShow(table(robot))).isTrue();
        assertThat(table(robot).getItems()).isNotEmpty();
        assertThat(within(robot, ".label").queryAllAs(javafx.scene.control.Labeled.class))
                .filteredOn(l -> onShow(l) && l.getText() != null && l.getText().startsWith("No pay reported by"))
                .isEmpty();
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
