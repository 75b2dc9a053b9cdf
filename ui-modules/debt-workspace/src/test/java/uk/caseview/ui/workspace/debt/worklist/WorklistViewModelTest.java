package uk.caseview.ui.workspace.debt.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.repayment.WorklistSort;
import uk.caseview.ui.fx.BackgroundTasks;

class WorklistViewModelTest {

    @TempDir
    Path config;

    private final InMemoryWorklist server = InMemoryWorklist.synthetic(100_000);
    private final BackgroundTasks now = new BackgroundTasks(Runnable::run, Runnable::run);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);

    private WorklistViewModel model() {
        WorklistViewModel m = new WorklistViewModel(server, SavedFilterStore.inConfigDirectory(config), now, clock);
        m.start();
        return m;
    }

    @Test
    void showsTheCountAndRowsOfTheWholeWorklist() {
        WorklistViewModel m = model();
        assertThat(m.summaryProperty().get()).isEqualTo("100,000 debts match");
        assertThat(m.rows()).hasSize(100_000);
        assertThat(m.rows().get(0).loaded()).isTrue();
        assertThat(m.rows().get(99_999).loaded()).isFalse();
        m.rowShown(99_999);
        assertThat(m.rows().get(99_999).loaded()).isTrue();
    }

    @Test
    void filteringForBrokenPlansAsksTheServerAndResizes() {
        WorklistViewModel m = model();
        m.apply(WorklistCriteria.ANY.withSort(WorklistSort.OLDEST_FIRST));
        m.apply(new WorklistCriteria(null, null, PlanStatus.BROKEN, null, null, null, 7, WorklistSort.OLDEST_FIRST));
        assertThat(m.rows().size()).isBetween(2_000, 5_000); // a quarter are broken; 8 of 60 days are within a week
        assertThat(m.rows().get(0).item().planStatus()).isEqualTo(PlanStatus.BROKEN);
        // "within 7 days" became a date from the clock
        assertThat(m.pager().filter().nextActionDueBy()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(m.rows().get(0).item().nextActionDue()).isBeforeOrEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void sortingTheSameWayTwiceDoesNotFetchAgain() {
        WorklistViewModel m = model();
        int calls = server.calls.get();
        m.sortBy(WorklistSort.BALANCE_HIGH_FIRST);
        assertThat(server.calls.get()).isEqualTo(calls);
        m.sortBy(WorklistSort.OLDEST_FIRST);
        assertThat(server.calls.get()).isEqualTo(calls + 1);
    }

    @Test
    void savedFiltersSurviveARestart() {
        WorklistViewModel m = model();
        m.apply(new WorklistCriteria(null, null, PlanStatus.BROKEN, 100_000L, null, null, null, null));
        assertThat(m.saveCurrentAs("Broken over £1,000")).isEmpty();
        assertThat(m.savedFilterMessageProperty().get()).isEqualTo("Saved \"Broken over £1,000\".");

        WorklistViewModel again = model();
        assertThat(again.savedFilters()).singleElement()
                .satisfies(f -> assertThat(f.criteria().planStatus()).isEqualTo(PlanStatus.BROKEN));
        again.delete(again.savedFilters().get(0));
        assertThat(model().savedFilters()).isEmpty();
    }

    @Test
    void aRefusedNameSavesNothing() {
        WorklistViewModel m = model();
        assertThat(m.saveCurrentAs("ZX123456A's debts")).isPresent();
        assertThat(m.savedFilters()).isEmpty();
        assertThat(Files.exists(config.resolve("debt-workspace/saved-filters.json"))).isFalse();
    }

    @Test
    void anUnwritableConfigDirectoryKeepsTheListAsItWas() throws Exception {
        Path blocked = config.resolve("blocked");
        Files.writeString(blocked, "a file where a directory should be");
        WorklistViewModel m = new WorklistViewModel(server, SavedFilterStore.inConfigDirectory(blocked), now, clock);
        m.start();
        m.saveCurrentAs("Everything");
        assertThat(m.savedFilters()).isEmpty();
        assertThat(m.savedFilterMessageProperty().get()).contains("could not be saved");
    }

    @Test
    void anUnreachableServerSaysSoInWords() {
        WorklistViewModel m = new WorklistViewModel((f, p, s) -> {
            throw new java.net.ConnectException("Connection refused");
        }, SavedFilterStore.inConfigDirectory(config), now, clock);
        m.start();
        assertThat(m.summaryProperty().get()).isEqualTo("The worklist is not available.");
        assertThat(m.failureProperty().get()).startsWith("The worklist could not be loaded.")
                .doesNotContain("Exception").doesNotContain("refused");
    }
}
