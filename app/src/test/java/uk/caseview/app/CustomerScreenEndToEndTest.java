package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import uk.caseview.app.testing.FxStallDetector;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.model.award.Award;
import uk.caseview.sdk.model.award.Awards;
import uk.caseview.sdk.model.citizen.Citizen;
import uk.caseview.sdk.model.debt.Debts;
import uk.caseview.sdk.model.earnings.Earnings;
import uk.caseview.sdk.model.earnings.Employment;
import uk.caseview.sdk.model.evidence.EvidenceList;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;
import uk.caseview.ui.format.Money;

/**
 * The whole path on a real embedded stub server: the app boots in training mode, an agent types a
 * persona's NINO and presses Enter, and every panel shows what the server holds for that person.
 * Expected values are read from the server over HTTP beside the app, never copied into the test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerScreenEndToEndTest {

    private static final String RICH_PERSONA = "ZX000001A";
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

    @Test
    @Order(1)
    void showsTheTrainingBannerAndWatermark() {
        assertThat(harness.window.banner().shownText()).isEqualTo("TRAINING");
        assertThat(robot.lookup("#training-watermark").tryQuery()).isPresent();
    }

    @Test
    @Order(2)
    void aMalformedNinoGetsAClearMessageAndMakesNoCall() throws Exception {
        int loadsBefore = harness.views.loads();
        int tabsBefore = harness.window.tabs().getTabs().size();

        robot.clickOn("#nino-search").eraseText(20).write("QQ 12 34 56 C").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#nino-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("The first 2 letters can't include D, F, I, Q, U or V.");

        robot.clickOn("#nino-search").eraseText(20).write("ZX 12 34").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getText()).contains("2 letters, 6 numbers and a letter A to D");

        assertThat(harness.views.loads()).isEqualTo(loadsBefore);
        assertThat(harness.window.tabs().getTabs()).hasSize(tabsBefore);
    }

    @Test
    @Order(3)
    void typingAPersonasNinoShowsAllFivePanelsWithTheirData() throws Exception {
        String nino = RICH_PERSONA;
        Citizen citizen = harness.http.get("/citizen/v1/citizens/" + nino, Citizen.class);
        Awards awards = harness.http.get("/award/v1/citizens/" + nino + "/awards", Awards.class);
        Earnings earnings = harness.http.get("/earnings/v1/citizens/" + nino + "/earnings", Earnings.class);
        Debts debts = harness.http.get("/debt/v1/citizens/" + nino + "/debts", Debts.class);
        EvidenceList evidence = harness.http.get("/evidence/v1/citizens/" + nino + "/evidence", EvidenceList.class);
        assertThat(awards.awards()).isNotEmpty();
        assertThat(debts.debts()).isNotEmpty();
        assertThat(evidence.items()).isNotEmpty();
        assertThat(earnings.employments()).isNotEmpty();

        robot.clickOn("#nino-search").eraseText(20).write("zx 00 00 01 a").type(KeyCode.ENTER);
        waitUntil(Duration.ofSeconds(5), () -> harness.window.customer(Nino.parse(nino)).isPresent());
        CustomerTab tab = harness.window.customer(Nino.parse(nino)).orElseThrow();
        waitUntil(Duration.ofSeconds(20), () -> tab.viewProperty().get().isComplete());
        assertThat(tab.viewProperty().get().states().values()).allMatch(s -> s instanceof SourceState.Loaded<?>);

        Node screen = tab.content();
        // Header and personal details
        assertThat(text(screen, "#header-name")).isEqualTo(citizen.name().fullName());
        assertThat(text(screen, "#header-nino")).isEqualTo("ZX 00 00 01 A");
        assertThat(text(screen, "#citizen-name")).isEqualTo(citizen.name().fullName());
        assertThat(text(screen, "#citizen-address")).contains(citizen.currentAddress().postcode());

        // Awards: every benefit by name, with its amount
        Node awardsPanel = robot.from(screen).lookup("#panel-awards").query();
        for (Award a : awards.awards()) {
            assertThat(robot.from(awardsPanel).lookup(a.benefitName()).tryQuery()).as(a.benefitName()).isPresent();
            assertThat(robot.from(awardsPanel).lookup(Money.format(a.amountPence())).tryQuery()).isPresent();
        }

        // Earnings: "Everything held" fetches ten years; every pay period and every employer the server holds
        @SuppressWarnings("unchecked")
        ComboBox<Object> period = robot.from(screen).lookup("#earnings-period").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> period.getSelectionModel().selectLast()).get();
        WaitForAsyncUtils.waitForFxEvents();
        java.time.LocalDate today = java.time.LocalDate.now();
        Earnings everything = harness.http.get("/earnings/v1/citizens/" + nino + "/earnings?from="
                + today.minusYears(10) + "&to=" + today, Earnings.class);
        TableView<?> payTable = robot.from(screen).lookup("#earnings-table").queryAs(TableView.class);
        int periods = everything.employments().stream().mapToInt(e -> e.periods().size()).sum();
        assertThat(periods).isGreaterThan(earnings.employments().stream().mapToInt(e -> e.periods().size()).sum());
        waitUntil(Duration.ofSeconds(10), () -> payTable.getItems().size() >= periods);
        assertThat(payTable.getItems()).hasSize(periods);
        Set<Object> employersWithPay = everything.employments().stream().filter(e -> !e.periods().isEmpty())
                .map(Employment::employerName).collect(Collectors.toSet());
        var employerColumn = payTable.getColumns().stream().filter(c -> "Employer".equals(c.getText())).findFirst()
                .orElseThrow();
        Set<Object> employersShown = new java.util.HashSet<>();
        for (int i = 0; i < payTable.getItems().size(); i++) {
            employersShown.add(employerColumn.getCellData(i));
        }
        assertThat(employersShown).isEqualTo(employersWithPay);

        // Debts: the exact total, and one row per debt
        assertThat(text(screen, "#debt-total")).isEqualTo(Money.format(debts.totalOutstandingPence()));
        assertThat(robot.from(screen).lookup("#debt-table").queryAs(TableView.class).getItems())
                .hasSize(debts.debts().size());

        // Evidence: one row per document
        assertThat(robot.from(screen).lookup("#evidence-table").queryAs(TableView.class).getItems())
                .hasSize(evidence.items().size());
    }

    @Test
    @Order(4)
    void whileAnApiHangsTheFxThreadNeverBlocksAndTheRestOfTheScreenWorks() throws Exception {
        String nino = "ZX000003A";
        harness.stub.faults().set(StubApi.EARNINGS, Fault.NONE.withHang(true));
        robot.clickOn("#nino-search").eraseText(20).write(nino);
        try (FxStallDetector detector = new FxStallDetector(50)) {
            robot.type(KeyCode.ENTER);
            waitUntil(Duration.ofSeconds(5), () -> harness.window.customer(Nino.parse(nino)).isPresent());
            CustomerTab tab = harness.window.customer(Nino.parse(nino)).orElseThrow();
            waitUntil(Duration.ofSeconds(20), () -> tab.viewProperty().get().isComplete());

            var view = tab.viewProperty().get();
            assertThat(view.earnings()).isInstanceOf(SourceState.Unavailable.class);
            assertThat(view.citizen()).isInstanceOf(SourceState.Loaded.class);
            assertThat(view.debts()).isInstanceOf(SourceState.Loaded.class);
            Node earningsPanel = robot.from(tab.content()).lookup("#panel-earnings").query();
            assertThat(robot.from(earningsPanel).lookup(".cv-unavailable-message").queryAs(Label.class).getText())
                    .startsWith("Unavailable: ");

            // Retry while it still hangs: the click returns at once, the panel goes back to loading.
            int reloadsBefore = harness.views.reloads();
            robot.clickOn(robot.from(earningsPanel).lookup("Retry").queryButton());
            assertThat(harness.views.reloads()).isEqualTo(reloadsBefore + 1);
            waitUntil(Duration.ofSeconds(20), () -> tab.viewProperty().get().earnings() instanceof SourceState.Unavailable<?>);

            assertThat(detector.pings()).isGreaterThan(20);
            assertThat(detector.blockingStalls())
                    .as("FX thread blocked over 50 ms (longest ping %d ms; %d slow-but-running stalls not counted)",
                            detector.longestMillis(), detector.renderingStalls().size())
                    .isEmpty();
        } finally {
            harness.stub.faults().clear(StubApi.EARNINGS);
        }
    }

    private String text(Node root, String query) {
        return robot.from(root).lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unused")
    private static List<String> names(List<Award> awards) {
        return awards.stream().map(Award::benefitName).toList();
    }
}
