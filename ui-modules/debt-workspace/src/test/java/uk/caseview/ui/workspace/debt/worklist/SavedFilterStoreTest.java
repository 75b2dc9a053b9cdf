package uk.caseview.ui.workspace.debt.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.caseview.sdk.model.debt.DebtType;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.repayment.WorklistSort;

class SavedFilterStoreTest {

    @TempDir
    Path config;

    @Test
    void savesAndReadsBackUnderTheConfigDirectory() throws Exception {
        SavedFilterStore store = SavedFilterStore.inConfigDirectory(config);
        assertThat(store.load()).isEmpty();
        SavedFilter broken = new SavedFilter("Broken plans over £1,000", new WorklistCriteria(null, DebtType.ADVANCE,
                PlanStatus.BROKEN, 100_000L, null, 90, 7, WorklistSort.ACTION_DUE_SOONEST));
        store.save(List.of(broken));

        assertThat(store.file()).isEqualTo(config.resolve("debt-workspace/saved-filters.json"));
        assertThat(new SavedFilterStore(store.file()).load()).containsExactly(broken);
        assertThat(Files.readString(store.file())).contains("\"planStatus\" : \"broken\"").doesNotContain("ZX");
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files).containsExactly(store.file()); // no temporary file left behind
        }
    }

    @Test
    void aDamagedFileIsAnErrorNotAnEmptyList() throws Exception {
        SavedFilterStore store = SavedFilterStore.inConfigDirectory(config);
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "[{\"name\": ");
        assertThatThrownBy(store::load).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void namesHoldingANinoAreRefused() {
        assertThat(SavedFilterStore.problemWithName("Mr Smith ZX 12 34 56 A")).isPresent();
        assertThat(SavedFilterStore.problemWithName("zx123456a")).isPresent();
        assertThat(SavedFilterStore.problemWithName("  ")).contains("Give the filter a name, like \"Broken plans over £1,000\".");
        assertThat(SavedFilterStore.problemWithName("x".repeat(61))).isPresent();
        assertThat(SavedFilterStore.problemWithName("Broken advances, oldest first")).isEmpty();
    }
}
