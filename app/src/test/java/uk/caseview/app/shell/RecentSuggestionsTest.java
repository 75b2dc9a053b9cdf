package uk.caseview.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.app.CaseviewApp;
import uk.caseview.sdk.Nino;
import uk.caseview.ui.theme.Theme;

/** The search box's list of recent customers, in the app's own stylesheets. */
@ExtendWith(ApplicationExtension.class)
class RecentSuggestionsTest {

    private final List<Nino> opened = new ArrayList<>();
    private final RecentCustomers recent = new RecentCustomers();
    private Theme theme;
    private SearchBar bar;

    @Start
    void start(Stage stage) {
        recent.visited(Nino.parse("ZX000004A"), "Mr Harold Bevan");
        recent.visited(Nino.parse("ZX000005A"), "Mrs Eleri Llewellyn");
        recent.visited(Nino.parse("AB123456C"), "Ms Sandra Price");
        bar = new SearchBar(recent, opened::add, () -> {});
        theme = new Theme(CaseviewApp.class.getResource("shell.css").toExternalForm());
        Scene scene = new Scene(new StackPane(bar), 900, 300);
        theme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theListFollowsTypingAndAWholeNinoClosesItSoEnterOpensThatNumber(FxRobot robot) {
        robot.clickOn("#nino-search").write("ZX00000");
        assertThat(rows(robot)).containsExactly("ZX 00 00 05 A   Mrs Eleri Llewellyn", "ZX 00 00 04 A   Mr Harold Bevan");

        robot.write("4");
        assertThat(rows(robot)).containsExactly("ZX 00 00 04 A   Mr Harold Bevan");

        robot.write("A");
        assertThat(listShowing(robot)).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly(Nino.parse("ZX000004A"));
        assertThat(listShowing(robot)).isFalse();
    }

    @Test
    void downAndEnterOpenTheHighlightedCustomerAndWhatIsTypedWinsOtherwise(FxRobot robot) {
        robot.clickOn("#nino-search").write("ZX");
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        assertThat(bar.field().getAccessibleHelp()).as("read to a screen reader").isEqualTo("ZX 00 00 04 A   Mr Harold Bevan");
        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly(Nino.parse("ZX000004A"));
        assertThat(bar.field().getText()).isEqualTo("ZX 00 00 04 A");
        assertThat(listShowing(robot)).isFalse();

        // Up from the first row goes back to the typed text, and Enter then checks that text.
        retype(robot, "ZX");
        robot.type(KeyCode.DOWN, KeyCode.UP, KeyCode.ENTER);
        assertThat(opened).hasSize(1);
        assertThat(robot.lookup("#nino-message").queryLabeled().getText()).isNotBlank();
    }

    @Test
    void aTypingProblemStaysTheFieldsHelpWhenTheListCloses(FxRobot robot) {
        robot.clickOn("#nino-search").write("ZX");
        robot.type(KeyCode.DOWN);
        retype(robot, "QQ");
        String problem = robot.lookup("#nino-message").queryLabeled().getText();
        assertThat(problem).isNotBlank();
        assertThat(listShowing(robot)).isFalse();
        assertThat(bar.field().getAccessibleHelp()).isEqualTo(problem);
    }

    @Test
    void enterOnANameThatOnlyOneRecentCustomerHasOpensThem(FxRobot robot) {
        robot.clickOn("#nino-search").write("price");
        assertThat(rows(robot)).containsExactly("AB 12 34 56 C   Ms Sandra Price");
        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly(Nino.parse("AB123456C"));
    }

    @Test
    void escapeClosesTheListFirstAndThenClearsTheBox(FxRobot robot) {
        robot.clickOn("#nino-search").write("ZX");
        assertThat(listShowing(robot)).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(listShowing(robot)).isFalse();
        assertThat(bar.field().getText()).isEqualTo("ZX");
        robot.type(KeyCode.ESCAPE);
        assertThat(bar.field().getText()).isEmpty();
    }

    @Test
    void aClickedRowOpensItsCustomer(FxRobot robot) {
        robot.clickOn("#nino-search").write("llew");
        robot.clickOn(robot.lookup(".cv-suggestion").<Label>query());
        assertThat(opened).containsExactly(Nino.parse("ZX000005A"));
    }

    @Test
    void rowsGrowWithTheTextSizeAndShowTheWholeName(FxRobot robot) throws Exception {
        robot.clickOn("#nino-search").write("ZX");
        double atDesignedSize = onFx(() -> robot.lookup(".cv-suggestion").<Label>query().getHeight());

        onFx(() -> {
            theme.setFontScale(1.6);
            return null;
        });
        retype(robot, "ZX");
        Label row = robot.lookup(".cv-suggestion").query();
        double larger = onFx(row::getHeight);
        assertThat(larger).isGreaterThan(atDesignedSize * 1.4);
        assertThat(onFx(() -> row.getWidth() >= row.prefWidth(-1) - 0.5)).isTrue();
        assertThat(onFx(() -> row.getText())).isEqualTo("ZX 00 00 05 A   Mrs Eleri Llewellyn");
    }

    private static List<String> rows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".cv-suggestion").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.getScene().getWindow() != null && l.getScene().getWindow().isShowing())
                .map(Label::getText).toList();
    }

    private static boolean listShowing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#nino-suggestions").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Replaces the box's text the way an agent does: select all, then type. */
    private void retype(FxRobot robot, String text) {
        robot.clickOn(bar.field());
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE).write(text);
    }
}
