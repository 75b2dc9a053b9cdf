package uk.caseview.ui.workspace.debt.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.caseview.sdk.model.debt.DebtStatus;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.theme.Theme;

/** The worklist marks a next action that has passed, and one due today, in words and not colour alone. */
@ExtendWith(ApplicationExtension.class)
class WorklistDueMarksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    static Path config;

    @Start
    void start(Stage stage) {
        InMemoryWorklist source = new InMemoryWorklist(List.of(
                debt("D0000001", TODAY.minusDays(16)),
                debt("D0000002", TODAY),
                debt("D0000003", TODAY.plusDays(3))));
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        WorklistViewModel model = new WorklistViewModel(source, SavedFilterStore.inConfigDirectory(config),
                BackgroundTasks.onVirtualThreads(), clock);
        WorklistView view = new WorklistView(model, item -> {});
        Scene scene = new Scene((Parent) view.node(), 1200, 400);
        new Theme().applyTo(scene);
        stage.setScene(scene);
        stage.show();
        model.start();
    }

    @Test
    void aPassedActionSaysOverdueAndOneDueTodaySaysToday(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dueCells(robot).size() == 3);
        Map<String, String> marks = dueCells(robot);
        assertThat(marks).containsEntry("21 Nov 2026", "Overdue")
                .containsEntry("7 Dec 2026", "Today")
                .containsEntry("10 Dec 2026", "");
    }

    /** Each shown due date and the word beside it, if any. */
    private static Map<String, String> dueCells(FxRobot robot) {
        return robot.lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "Next action due".equals(c.getTableColumn().getText()))
                .filter(c -> c.getText() != null)
                .collect(Collectors.toMap(TableCell::getText,
                        c -> c.getGraphic() instanceof Label mark ? mark.getText() : "", (a, b) -> a));
    }

    private static WorklistItem debt(String id, LocalDate due) {
        return new WorklistItem(id, "ZX000001A", DebtType.OVERPAYMENT, DebtStatus.ACTIVE, PlanStatus.ACTIVE,
                50_000, TODAY.minusDays(100), 100, due);
    }
}
