package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.ui.format.Dates;

/** Trace, tabs, recent-customer suggestions, flags, the F1 overlay and panel shortcuts, on the real app. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchTraceAndTabsTest {

    private static AppHarness harness;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startApp() throws Exception {
        harness = AppHarness.start();
    }

    @AfterAll
    static void stopApp() throws Exception {
        harness.close();
    }

    @org.junit.jupiter.api.AfterEach
    void closeDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage st && "Trace a customer".equals(st.getTitle()))
                .toList().forEach(javafx.stage.Window::hide)).get();
    }

    private CustomerTab open(String nino) throws Exception {
        return harness.open(robot, nino);
    }

    @Test
    @Order(1)
    void traceBySurnameDateOfBirthAndPostcodeOrByPostcodeAloneOpensThePickedCustomer() throws Exception {
        Citizen expected = harness.http.get("/citizen/v1/citizens/ZX000005A", Citizen.class);
        String postcode = expected.currentAddress().postcode();
        robot.clickOn("#open-trace");
        robot.clickOn("#trace-search");
        assertThat(robot.lookup("#trace-message").queryLabeled().getText())
                .isEqualTo("Enter a surname and date of birth, or a postcode.");

        robot.clickOn("#trace-surname").write(expected.name().surname());
        robot.clickOn("#trace-dob").write("31/02/1950");
        robot.clickOn("#trace-search");
        assertThat(robot.lookup("#trace-message").queryLabeled().getText()).contains("day, month and year");

        // All three fields, against the real stub: the postcode narrows the name search.
        robot.clickOn("#trace-dob").eraseText(20).write(Dates.format(expected.dateOfBirth()));
        robot.clickOn("#trace-postcode").write("CF99 9YY");
        robot.clickOn("#trace-search");
        waitUntil(Duration.ofSeconds(30), () -> robot.lookup("#trace-message").queryLabeled().getText()
                .startsWith("No one matches all three"));
        AppHarness.replaceText(robot, "#trace-postcode", postcode.toLowerCase(java.util.Locale.ROOT));
        robot.clickOn("#trace-search");
        ListView<uk.caseview.sdk.model.citizen.TraceMatch> results = robot.lookup("#trace-results").queryListView();
        waitUntil(Duration.ofSeconds(30), () -> !results.getItems().isEmpty());
        assertThat(results.getItems()).extracting(uk.caseview.sdk.model.citizen.TraceMatch::nino).contains("ZX000005A");
        assertThat(results.getItems()).extracting(uk.caseview.sdk.model.citizen.TraceMatch::postcode).containsOnly(postcode);

        // The postcode on its own.
        AppHarness.replaceText(robot, "#trace-surname", "");
        AppHarness.replaceText(robot, "#trace-dob", "");
        WaitForAsyncUtils.asyncFx(() -> results.getItems().clear()).get();
        robot.clickOn("#trace-search");
        waitUntil(Duration.ofSeconds(30), () -> !results.getItems().isEmpty());
        assertThat(results.getItems()).extracting(uk.caseview.sdk.model.citizen.TraceMatch::postcode).containsOnly(postcode);
        WaitForAsyncUtils.asyncFx(() -> results.getSelectionModel().select(results.getItems().stream()
                .filter(m -> m.nino().equals("ZX000005A")).findFirst().orElseThrow())).get();
        robot.clickOn("#trace-open");

        waitUntil(Duration.ofSeconds(5), () -> harness.window.customer(Nino.parse("ZX000005A")).isPresent());
        CustomerTab tab = harness.window.customer(Nino.parse("ZX000005A")).orElseThrow();
        assertThat(harness.window.tabs().getSelectionModel().getSelectedItem()).isSameAs(tab.tab());
    }

    @Test
    @Order(2)
    void severalCustomersOpenInTabsAndReopeningSelectsTheExistingTab() throws Exception {
        CustomerTab first = open("ZX000001A");
        CustomerTab second = open("ZX000004A");
        assertThat(harness.window.tabs().getTabs()).contains(first.tab(), second.tab());
        // The strip sits over the pages, which are taller than the window: it keeps its headers' height.
        assertThat(robot.lookup("#" + second.tab().getId() + " .tab-label").query().isVisible()).isTrue();
        assertThat(harness.window.tabs().getHeight()).isGreaterThan(20);
        int loads = harness.views.loads();

        robot.clickOn("#nino-search").eraseText(30).write("ZX000001A").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.tabs().getSelectionModel().getSelectedItem()).isSameAs(first.tab());
        assertThat(harness.views.loads()).isEqualTo(loads);

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.customer(Nino.parse("ZX000001A"))).isEmpty();
        assertThat(harness.window.tabs().getTabs()).doesNotContain(first.tab());
    }

    @Test
    @Order(3)
    void aCustomerClosedAMomentAgoComesBackAsLeftMarkedAsACopyThenRefreshes() throws Exception {
        // Test 2 closed ZX000001A; its panels were kept.
        Nino alys = Nino.parse("ZX000001A");
        int loads = harness.views.loads();
        // Opened and inspected in one FX-thread turn: what the caseworker sees in the first frame,
        // before any answer from the SDK can arrive.
        record FirstFrame(CustomerTab tab, java.util.List<String> states, String badge) {}
        FirstFrame first = WaitForAsyncUtils.asyncFx(() -> {
            harness.window.openCustomer(alys);
            CustomerTab tab = harness.window.customer(alys).orElseThrow();
            var states = tab.viewProperty().get().states().values().stream()
                    .map(s -> s instanceof uk.caseview.sdk.view.SourceState.Loaded<?> l ? (l.fromCache() ? "copy" : "fresh")
                            : s.getClass().getSimpleName())
                    .toList();
            var badge = (javafx.scene.control.Label) tab.content().lookup("#panel-earnings .cv-freshness-badge");
            return new FirstFrame(tab, states, badge.isVisible() ? badge.getText() : "");
        }).get();
        CustomerTab again = first.tab();
        assertThat(harness.window.tabs().getSelectionModel().getSelectedItem()).isSameAs(again.tab());
        assertThat(first.states()).hasSize(5).doesNotContain("Loading", "fresh");
        assertThat(first.badge()).startsWith("Cached");

        // And the SDK is asked again, so the copy is replaced by what the services say now.
        waitUntil(Duration.ofSeconds(5), () -> harness.views.loads() == loads + 1);
        waitUntil(Duration.ofSeconds(20), () -> again.viewProperty().get().isComplete());
    }

    @Test
    @Order(4)
    void recentCustomersAreSuggestedByName() throws Exception {
        Citizen harold = harness.http.get("/citizen/v1/citizens/ZX000004A", Citizen.class);
        robot.clickOn("#nino-search").eraseText(30).write(harold.name().surname().substring(0, 4));
        javafx.scene.control.Label row = robot.lookup(".cv-suggestion").queryAs(javafx.scene.control.Label.class);
        assertThat(row.getText()).isEqualTo("ZX 00 00 04 A   " + harold.name().fullName());
        robot.clickOn(row);
        waitUntil(Duration.ofSeconds(5), () -> harness.window.tabs().getSelectionModel().getSelectedItem()
                == harness.window.customer(Nino.parse("ZX000004A")).orElseThrow().tab());
    }

    @Test
    @Order(5)
    void aCautionMarkerIsTheFirstFlagAndOpensItsReasonInThePersonalPanel() throws Exception {
        CustomerTab tab = open("ZX000010A");
        Node screen = tab.content();
        javafx.scene.layout.Pane banner = robot.from(screen).lookup("#flags-banner").queryAs(javafx.scene.layout.Pane.class);
        Button caution = robot.from(screen).lookup("#flag-caution").queryButton();
        assertThat(banner.getChildrenUnmodifiable().stream().filter(n -> n instanceof Button).findFirst())
                .contains(caution);
        assertThat(caution.getText()).startsWith("Caution: ").contains("(recorded ");

        robot.clickOn(caution);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label reason = robot.from(screen).lookup("#citizen-caution-reason").queryAs(
                javafx.scene.control.Label.class);
        assertThat(reason.getText()).contains("threats at staff");
    }

    @Test
    @Order(5)
    void aFlagOpensItsDetailAndF8StepsThroughThem() throws Exception {
        CustomerTab tab = open("ZX000001A");
        Node screen = tab.content();
        Button arrears = robot.from(screen).lookup("#flag-debt-in-arrears").queryButton();
        robot.clickOn(arrears);
        TableView<?> debts = robot.from(screen).lookup("#debt-table").queryAs(TableView.class);
        assertThat(debts.isFocused()).isTrue();
        assertThat(debts.getSelectionModel().getSelectedItem()).isNotNull();

        robot.clickOn("#nino-search");
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nino-search").query().isFocused()).isFalse();
    }

    @Test
    @Order(6)
    void f1ListsTheShortcutsAndCtrlNumberGoesToAPanel() throws Exception {
        CustomerTab tab = open("ZX000001A");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.help().isVisible()).isTrue();
        assertThat(robot.from(harness.window.help()).lookup("Find a customer by NINO, or a recent one by name")
                .tryQuery()).isPresent();
        assertThat(robot.from(harness.window.help()).lookup("Go to Debts").tryQuery()).isPresent();
        // Keys a panel answers itself are listed too, under the panel's name, as the panel declares them.
        assertThat(robot.from(harness.window.help()).lookup("In Evidence").tryQuery()).isPresent();
        assertThat(robot.from(harness.window.help()).lookup("In the preview: next / previous page").tryQuery()).isPresent();
        assertThat(robot.from(harness.window.help()).lookup("Previous tab").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.help().isVisible()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node evidence = robot.from(tab.content()).lookup("#panel-evidence").query();
        Node focused = evidence.getScene().getFocusOwner();
        assertThat(isInside(focused, evidence)).as("focus inside the evidence panel").isTrue();
    }

    @Test
    @Order(7)
    void ctrlTabFromInsideAPanelMovesBetweenTabsAndRevealedBankDetailsMaskOnLeaving() throws Exception {
        CustomerTab alys = open("ZX000001A");
        CustomerTab harold = open("ZX000004A");
        robot.clickOn("#nino-search").eraseText(30).write("ZX000001A").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Button reveal = robot.from(alys.content()).lookup("#bank-reveal").queryButton();
        WaitForAsyncUtils.asyncFx(reveal::fire).get();
        waitUntil(Duration.ofSeconds(5), () -> robot.lookup("#audit-reason").tryQuery().isPresent());
        robot.clickOn("#audit-reason").write("Customer asked which account we pay into");
        robot.clickOn("#audit-reason-confirm");
        waitUntil(Duration.ofSeconds(5), () -> !robot.from(alys.content()).lookup("#bank-account-number")
                .queryLabeled().getText().contains("•"));

        // Focus is in the customer's screen, under the tab strip: Ctrl+Tab still moves on.
        robot.clickOn(robot.from(alys.content()).lookup("#debt-table").<Node>query());
        int at = harness.window.tabs().getSelectionModel().getSelectedIndex();
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.tabs().getSelectionModel().getSelectedIndex())
                .isEqualTo((at + 1) % harness.window.tabs().getTabs().size());
        assertThat(alys.content().isVisible()).isFalse();
        assertThat(robot.from(alys.content()).lookup("#bank-account-number").queryLabeled().getText()).startsWith("••••");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.window.tabs().getSelectionModel().getSelectedItem()).isSameAs(alys.tab());
        assertThat(alys.content().isVisible()).isTrue();
        assertThat(harold.content().isVisible()).isFalse();
    }

    @Test
    @Order(8)
    void closedTabsStayInTheSceneHiddenAndOnlyTheLastFourAreKept() throws Exception {
        java.util.List<CustomerTab> closed = new java.util.ArrayList<>();
        for (String nino : java.util.List.of("ZX000001A", "ZX000003A", "ZX000004A", "ZX000005A", "ZX000006A")) {
            CustomerTab tab = open(nino);
            WaitForAsyncUtils.asyncFx(() -> {
                harness.window.tabs().getTabs().remove(tab.tab());
                tab.tab().getOnClosed().handle(null);
            }).get();
            closed.add(tab);
        }
        WaitForAsyncUtils.waitForFxEvents();
        // The oldest was let go: out of the scene. The other four wait in it, hidden, not laid out.
        assertThat(closed.get(0).content().getScene()).isNull();
        for (CustomerTab kept : closed.subList(1, 5)) {
            assertThat(kept.content().getScene()).isNotNull();
            assertThat(kept.content().isVisible()).isFalse();
            assertThat(kept.content().isManaged()).isFalse();
        }

        // Re-opening one brings back the very same screen, shown, in place.
        Node before = closed.get(4).content();
        WaitForAsyncUtils.asyncFx(() -> harness.window.openCustomer(Nino.parse("ZX000006A"))).get();
        CustomerTab back = harness.window.customer(Nino.parse("ZX000006A")).orElseThrow();
        assertThat(back.content()).isSameAs(before);
        assertThat(back.content().isVisible()).isTrue();
        assertThat(harness.window.page(back.tab())).contains(before);
    }

    @Test
    @Order(9)
    void aPanelBelowTheFoldJoinsTheScreenAMomentAfterTheCustomerLoadsAndCtrlNumberReachesIt() throws Exception {
        // The test window is too narrow for the rail, so the timeline sits under the grid, below the fold.
        Nino kieran = Nino.parse("ZX000007A");
        record FirstTurn(boolean awardsInScene, boolean timelineInScene) {}
        FirstTurn first = WaitForAsyncUtils.asyncFx(() -> {
            harness.window.openCustomer(kieran);
            Node screen = harness.window.customer(kieran).orElseThrow().content();
            screen.applyCss(); // the first frame's CSS: skins exist, so lookups reach into the scroll area
            return new FirstTurn(screen.lookup("#panel-awards") != null, screen.lookup("#panel-timeline") != null);
        }).get();
        assertThat(first.awardsInScene()).isTrue();
        assertThat(first.timelineInScene()).as("timeline waits below the fold").isFalse();

        CustomerTab tab = harness.window.customer(kieran).orElseThrow();
        waitUntil(Duration.ofSeconds(20), () -> tab.viewProperty().get().isComplete());
        waitUntil(Duration.ofSeconds(5), () -> tab.content().lookup("#panel-timeline") != null);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node timeline = tab.content().lookup("#panel-timeline");
        assertThat(isInside(timeline.getScene().getFocusOwner(), timeline)).as("focus inside the timeline").isTrue();
    }

    @Test
    @Order(10)
    void aCustomerAtRestAsksJavaFxForNoFrames() throws Exception {
        CustomerTab tab = open("ZX000001A");
        // Focus off the search field: a focused text field's blinking caret is an animation of its own.
        Node debts = robot.from(tab.content()).lookup("#debt-table").query();
        WaitForAsyncUtils.asyncFx(debts::requestFocus).get();
        waitUntil(Duration.ofSeconds(5), debts::isFocused);
        Thread.sleep(1500); // let the opening frames, the panels below the fold and any fetch settle
        java.util.concurrent.atomic.AtomicInteger pulses = new java.util.concurrent.atomic.AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        javafx.scene.Scene scene = tab.content().getScene();
        WaitForAsyncUtils.asyncFx(() -> scene.addPostLayoutPulseListener(count)).get();
        Thread.sleep(1000);
        String running = WaitForAsyncUtils.asyncFx(() -> AnimationsRunning.describe(scene)).get();
        Thread.sleep(1000);
        WaitForAsyncUtils.asyncFx(() -> scene.removePostLayoutPulseListener(count)).get();
        // A running animation pulses about 60 times a second; at rest only the odd status update does.
        assertThat(pulses.get()).as("pulses in 2 s at rest; midway, %s", running).isLessThan(20);
    }

    @Test
    @Order(11)
    void largerTextMakesTheOpenScreenReflowIntoFewerColumns() throws Exception {
        CustomerTab tab = open("ZX000001A");
        javafx.scene.layout.GridPane grid = robot.from(tab.content()).lookup(".cv-main-grid").query();
        assertThat(grid.getColumnConstraints()).hasSize(2);
        try {
            for (int i = 0; i < 3; i++) {
                robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
            }
            WaitForAsyncUtils.waitForFxEvents();
            waitUntil(Duration.ofSeconds(5), () -> robot.from(tab.content()).lookup(".cv-main-grid")
                    .<javafx.scene.layout.GridPane>query().getColumnConstraints().size() == 1);
            // The header's action buttons keep their whole labels (they move under the header if need be).
            for (String id : java.util.List.of("#action-note", "#action-contact", "#action-notify")) {
                Button b = robot.from(tab.content()).lookup(id).queryButton();
                waitUntil(Duration.ofSeconds(5), () -> b.getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                        .anyMatch(b.getText()::equals));
            }
        } finally {
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitUntil(Duration.ofSeconds(5), () -> robot.from(tab.content()).lookup(".cv-main-grid")
                .<javafx.scene.layout.GridPane>query().getColumnConstraints().size() == 2);
    }

    /**
     * A window too short for four panels at a readable height: each grid panel keeps at least 24 em
     * and the screen scrolls, rather than squeezing every table. (Seen on screen at 1440 x 900 and
     * 120 % text: the rows were cut to 20 em, the Earnings pay table showed its header and no row,
     * Debts one row.)
     */
    @Test
    @Order(12)
    void onAShortWindowEachPanelKeepsRoomForItsRowsAndTheScreenScrolls() throws Exception {
        CustomerTab tab = open("ZX000001A");
        javafx.stage.Window window = tab.content().getScene().getWindow();
        double height = window.getHeight();
        try {
            WaitForAsyncUtils.asyncFx(() -> window.setHeight(640)).get();
            WaitForAsyncUtils.waitForFxEvents(5);
            javafx.scene.layout.GridPane grid = robot.from(tab.content()).lookup(".cv-main-grid").query();
            assertThat(grid.getColumnConstraints()).as("two columns at this width").hasSize(2);
            double em = robot.from(tab.content()).lookup("#header-born") // the screen's em, as it lays out
                    .<javafx.scene.control.Label>query().getFont().getSize();
            for (String panel : java.util.List.of("#panel-awards", "#panel-debts", "#panel-earnings", "#panel-evidence")) {
                javafx.scene.layout.Region r = robot.from(tab.content()).lookup(panel).query();
                assertThat(r.getHeight()).as(panel + " height in em").isGreaterThanOrEqualTo(24 * em - 1);
            }
            javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) grid.getParent().getParent()
                    .getParent();
            assertThat(grid.getHeight()).as("the grid runs below the visible part of the screen")
                    .isGreaterThan(page.getViewportBounds().getHeight());
            // The Earnings pay table shows whole rows, not only its header.
            javafx.scene.control.TableView<?> pay = robot.from(tab.content()).lookup("#earnings-table").queryTableView();
            javafx.geometry.Bounds table = pay.localToScene(pay.getLayoutBounds());
            long whole = robot.from(pay).lookup(".table-row-cell").queryAll().stream()
                    .filter(row -> row.isVisible() && ((javafx.scene.control.TableRow<?>) row).getItem() != null)
                    .map(row -> row.localToScene(row.getLayoutBounds()))
                    .filter(b -> b.getMinY() >= table.getMinY() && b.getMaxY() <= table.getMaxY())
                    .count();
            assertThat(whole).as("whole pay rows on show").isGreaterThanOrEqualTo(2);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> window.setHeight(height)).get();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
