package uk.caseview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseview.app.testing.AppHarness.waitUntil;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.customer.CustomerTab;
import uk.caseview.app.testing.AppHarness;
import uk.caseview.sdk.Nino;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.stubs.Fault;
import uk.caseview.stubs.StubApi;

/**
 * Each of the five sources failing in turn, in the real app on the real stub server: that panel
 * says "Unavailable: reason" with Retry, the other four show their data, and once the service is
 * back (the status bar says so) Retry brings the data. One app start for all five.
 */
class PanelUnavailableInTheAppTest {

    /** One customer per source, none opened before, so nothing is served from a cache or saved copy. */
    private static final Map<Source, String> CUSTOMER = Map.of(
            Source.CITIZEN, "ZX000008A",
            Source.AWARD, "ZX000009A",
            Source.EARNINGS, "ZX000010A",
            Source.DEBT, "ZX000011A",
            Source.EVIDENCE, "ZX000012A");

    /** The panel's id in the shell, by the source it shows. */
    private static final Map<Source, String> PANEL = Map.of(
            Source.CITIZEN, "#panel-personal",
            Source.AWARD, "#panel-awards",
            Source.EARNINGS, "#panel-earnings",
            Source.DEBT, "#panel-debts",
            Source.EVIDENCE, "#panel-evidence");

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

    @AfterEach
    void healthyAgain() {
        harness.stub.faults().clearAll();
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void oneSourceDownShowsUnavailableWithRetryAndTheRestOfTheScreenWorks(Source down) throws Exception {
        StubApi api = StubApi.valueOf(down.name());
        // Alternate the two ways a service goes: an error answer, and a connection dropped unanswered.
        harness.stub.faults().set(api, down.ordinal() % 2 == 0 ? Fault.errors(1.0, 503) : Fault.NONE.withReset(true));
        String nino = CUSTOMER.get(down);
        robot.clickOn("#nino-search").eraseText(30).write(nino).type(KeyCode.ENTER);
        waitUntil(Duration.ofSeconds(5), () -> harness.window.customer(Nino.parse(nino)).isPresent());
        CustomerTab tab = harness.window.customer(Nino.parse(nino)).orElseThrow();
        waitUntil(Duration.ofSeconds(30), () -> tab.viewProperty().get().isComplete());

        Node screen = tab.content();
        assertThat(tab.viewProperty().get().state(down)).isInstanceOf(SourceState.Unavailable.class);
        String message = onFx(() -> unavailableMessage(screen, down));
        assertThat(message).startsWith("Unavailable: ");
        // Readable: a sentence for a caseworker, not an exception, status line or address.
        assertThat(message.substring("Unavailable: ".length())).hasSizeGreaterThan(15)
                .doesNotContain("Exception", "http", "503", "null", "\tat ");
        assertThat(onFx(() -> retryButton(screen, down).isVisible())).isTrue();

        for (Source other : Source.values()) {
            if (other != down) {
                assertThat(tab.viewProperty().get().state(other)).as(other.name())
                        .isInstanceOf(SourceState.Loaded.class);
                assertThat(onFx(() -> showsContent(screen, other))).as(other.name()).isTrue();
            }
        }

        // The status bar names the service that isn't answering, then says when it is back.
        waitUntil(Duration.ofSeconds(30), () -> harness.window.status().connectionText()
                .equals("Connected, but not answering: " + down.serviceName()));
        harness.stub.faults().clear(api);
        // The status bar is the caseworker's cue that the service is back; then Retry works first time.
        waitUntil(Duration.ofSeconds(30), () -> harness.window.status().connectionText().equals("Connected"));
        robot.clickOn(onFx(() -> retryButton(screen, down)));
        waitUntil(Duration.ofSeconds(20), () -> tab.viewProperty().get().state(down) instanceof SourceState.Loaded<?>
                && showsContent(screen, down));
        for (Source s : Source.values()) {
            assertThat(onFx(() -> showsContent(screen, s))).as(s.name()).isTrue();
        }
    }

    private Node panel(Node screen, Source source) {
        return robot.from(screen).lookup(PANEL.get(source)).query();
    }

    private String unavailableMessage(Node screen, Source source) {
        return robot.from(panel(screen, source)).lookup(".cv-unavailable-message").queryAs(Label.class).getText();
    }

    private Button retryButton(Node screen, Source source) {
        List<Button> buttons = robot.from(panel(screen, source)).lookup(".cv-unavailable .button").queryAllAs(Button.class)
                .stream().filter(b -> "Retry".equals(b.getText())).toList();
        assertThat(buttons).hasSize(1);
        return buttons.get(0);
    }

    /** Neither a loading skeleton nor an unavailable notice: the panel's own content is on screen. */
    private boolean showsContent(Node screen, Source source) {
        Node panel = panel(screen, source);
        return robot.from(panel).lookup(".cv-unavailable").tryQuery().isEmpty()
                && robot.from(panel).lookup(".cv-loading").tryQuery().isEmpty();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
