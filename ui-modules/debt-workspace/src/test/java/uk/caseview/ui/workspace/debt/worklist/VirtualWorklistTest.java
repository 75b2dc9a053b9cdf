package uk.caseview.ui.workspace.debt.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.repayment.WorklistFilter;
import uk.caseview.ui.fx.BackgroundTasks;

class VirtualWorklistTest {

    private final InMemoryWorklist server = InMemoryWorklist.synthetic(10_000);
    private final WorklistPager pager = new WorklistPager(server, new BackgroundTasks(Runnable::run, Runnable::run),
            100, 10, 3);
    private final VirtualWorklist list = new VirtualWorklist(pager);
    private final List<String> changes = new ArrayList<>();

    VirtualWorklistTest() {
        pager.setListener(new WorklistPager.Listener() {
            public void reset(int size) {
                list.resize(size);
            }

            public void changed(int from, int to) {
                list.rowsChanged(from, to);
            }

            public void failure(String message) {}
        });
        list.addListener((ListChangeListener<WorklistRow>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ") + c.getFrom() + "-"
                        + c.getTo() + " (" + c.getRemovedSize() + " removed)");
            }
        });
    }

    @Test
    void aNewFilterReplacesEveryRowAndAPageReplacesOnlyItsRows() {
        pager.show(WorklistFilter.ALL);
        assertThat(changes).containsExactly("added 0-10000 (0 removed)");
        assertThat(list).hasSize(10_000);

        pager.request(550);
        assertThat(changes).last().isEqualTo("replaced 500-600 (100 removed)");
        assertThat(list.get(550).loaded()).isTrue();

        pager.show(WorklistFilter.ALL.withSort(uk.caseview.sdk.repayment.WorklistSort.OLDEST_FIRST));
        assertThat(changes).last().isEqualTo("replaced 0-10000 (10000 removed)");
    }

    @Test
    void isReadOnlyAndBoundsChecked() {
        pager.show(WorklistFilter.ALL);
        assertThatThrownBy(() -> list.get(10_000)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.add(new WorklistRow(0, null, false)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.sort(java.util.Comparator.comparingInt(WorklistRow::index)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
