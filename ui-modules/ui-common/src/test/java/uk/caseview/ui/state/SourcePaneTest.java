package uk.caseview.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.sdk.view.Source;
import uk.caseview.sdk.view.SourceState;
import uk.caseview.ui.theme.Styles;
import uk.caseview.ui.theme.Theme;

@ExtendWith(ApplicationExtension.class)
class SourcePaneTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final List<Source> retried = new ArrayList<>();
    private final List<String> rendered = new ArrayList<>();
    private Label content;
    private SourcePane<String> pane;

    @Start
    void start(Stage stage) {
        content = new Label();
        pane = new SourcePane<>("Awards", Source.AWARD, retried::add);
        pane.setContent(content);
        Scene scene = new Scene(pane, 400, 300);
        new Theme().applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void show(SourceState<String> state) {
        try {
            WaitForAsyncUtils.asyncFx(() -> pane.show(state, NOW, v -> {
                rendered.add(v);
                content.setText(v);
            })).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not show the state within 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startsWithALoadingSkeleton(FxRobot robot) {
        assertThat(pane.phase()).isEqualTo(SourcePane.Phase.LOADING);
        assertThat(robot.lookup("." + Styles.LOADING).tryQuery()).isPresent();
        assertThat(robot.lookup("." + Styles.LOADING).query().getAccessibleText()).isEqualTo("Loading awards…");
    }

    @Test
    void freshContentShowsWithoutABadge(FxRobot robot) {
        show(new SourceState.Loaded<>("Universal Credit", NOW, false));

        assertThat(pane.phase()).isEqualTo(SourcePane.Phase.CONTENT);
        assertThat(content.isVisible() && content.getScene() != null).isTrue();
        assertThat(robot.lookup(".cv-freshness-badge").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void cachedContentSaysHowOldItIs(FxRobot robot) {
        show(new SourceState.Loaded<>("Universal Credit", NOW.minus(Duration.ofMinutes(7)), true));

        Label badge = robot.lookup(".cv-freshness-badge").queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Cached 7 min ago");
    }

    @Test
    void rendersOnlyWhenTheValueChanges() {
        String value = "Universal Credit";
        show(new SourceState.Loaded<>(value, NOW, false));
        show(new SourceState.Loaded<>(value, NOW, false));
        show(new SourceState.Loaded<>("Pension Credit", NOW, false));

        assertThat(rendered).containsExactly("Universal Credit", "Pension Credit");
    }

    @Test
    void unavailableShowsTheReasonAndRetryAsksForTheSourceOnce(FxRobot robot) {
        show(new SourceState.Unavailable<>("the award service timed out"));

        assertThat(pane.phase()).isEqualTo(SourcePane.Phase.UNAVAILABLE);
        assertThat(robot.lookup("." + Styles.UNAVAILABLE_MESSAGE).queryAs(Label.class).getText())
                .isEqualTo("Unavailable: the award service timed out");
        Button retry = robot.lookup("Retry").queryButton();
        assertThat(retry.getAccessibleText()).isEqualTo("Retry Awards");

        robot.clickOn(retry);
        assertThat(retried).containsExactly(Source.AWARD);
        assertThat(retry.isDisabled()).isTrue();

        show(new SourceState.Unavailable<>("still down"));
        assertThat(retry.isDisabled()).isFalse();
    }

    @Test
    void headerToolsAreDisabledUntilContentIsShown() throws Exception {
        Button tool = new Button("Filter");
        WaitForAsyncUtils.asyncFx(() -> pane.headerTools().add(tool)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tool.isDisabled()).isTrue();

        show(new SourceState.Loaded<>("x", NOW, false));
        assertThat(tool.isDisabled()).isFalse();
    }
}
