package uk.caseview.ui.workspace.debt.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.caseview.sdk.repayment.WorklistSort;
import uk.caseview.ui.fx.BackgroundTasks;

/**
 * The worklist's state: the criteria in force, the rows (paged in from the server), a summary
 * line, any failure, and the caseworker's saved filters. Knows no nodes; the view binds to it.
 */
public final class WorklistViewModel {

    public static final int PAGE_SIZE = 200;
    private static final int CACHED_PAGES = 60;
    private static final int PARALLEL_FETCHES = 3;

    private final WorklistPager pager;
    private final VirtualWorklist rows;
    private final SavedFilterStore store;
    private final BackgroundTasks tasks;
    private final Clock clock;

    private final ObjectProperty<WorklistCriteria> criteria = new SimpleObjectProperty<>(WorklistCriteria.ANY);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Loading the worklist…");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper savedFilterMessage = new ReadOnlyStringWrapper();
    private final ObservableList<SavedFilter> savedFilters = FXCollections.observableArrayList();

    public WorklistViewModel(WorklistPageSource source, SavedFilterStore store, BackgroundTasks tasks, Clock clock) {
        this.pager = new WorklistPager(source, tasks, PAGE_SIZE, CACHED_PAGES, PARALLEL_FETCHES);
        this.rows = new VirtualWorklist(pager);
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
        pager.setListener(new WorklistPager.Listener() {
            @Override
            public void reset(int size) {
                rows.resize(size);
                summary.set(summaryFor(pager.totalItems()));
            }

            @Override
            public void changed(int from, int to) {
                rows.rowsChanged(from, to);
            }

            @Override
            public void failure(String message) {
                failure.set(message);
                if (message != null && !pager.firstPageLoaded()) {
                    summary.set("The worklist is not available.");
                }
            }

            @Override
            public void preparing() {
                failure.set(null);
                if (!pager.firstPageLoaded()) {
                    summary.set("Preparing the worklist…");
                }
            }
        });
    }

    /** Loads the saved filters and the first page. */
    public void start() {
        apply(criteria.get());
        tasks.run(store::load, savedFilters::setAll,
                error -> savedFilterMessage.set("Your saved filters could not be read, so none are shown."
                        + " Saving a filter will replace the file."));
    }

    public void apply(WorklistCriteria c) {
        criteria.set(c);
        summary.set("Loading the worklist…");
        pager.show(c.toFilter(LocalDate.now(clock)));
    }

    /** Today by the workspace's clock: what "overdue" on the worklist is measured against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Changes the order only; asks the server again if it is a different order. */
    public void sortBy(WorklistSort sort) {
        if (sort != criteria.get().sort()) {
            apply(criteria.get().withSort(sort));
        }
    }

    public void refresh() {
        apply(criteria.get());
    }

    public void retry() {
        pager.retry();
    }

    /** A row came into view. */
    public void rowShown(int index) {
        pager.request(index);
    }

    /** Saves the current criteria under {@code name}, replacing a filter of the same name. */
    public Optional<String> saveCurrentAs(String name) {
        Optional<String> problem = SavedFilterStore.problemWithName(name);
        if (problem.isPresent()) {
            savedFilterMessage.set(problem.get());
            return problem;
        }
        String clean = name.strip();
        List<SavedFilter> next = new ArrayList<>(savedFilters);
        next.removeIf(f -> f.name().equalsIgnoreCase(clean));
        next.add(new SavedFilter(clean, criteria.get()));
        next.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        persist(next, "Saved \"" + clean + "\".");
        return Optional.empty();
    }

    public void delete(SavedFilter filter) {
        List<SavedFilter> next = new ArrayList<>(savedFilters);
        next.remove(filter);
        persist(next, "Deleted \"" + filter.name() + "\".");
    }

    private void persist(List<SavedFilter> next, String done) {
        List<SavedFilter> before = List.copyOf(savedFilters);
        savedFilters.setAll(next);
        tasks.run(() -> {
            store.save(next);
            return null;
        }, ok -> savedFilterMessage.set(done), error -> {
            savedFilters.setAll(before); // what is on screen matches what is on disk
            savedFilterMessage.set("The filter could not be saved to this computer. Nothing was changed.");
        });
    }

    public ObservableList<WorklistRow> rows() {
        return rows;
    }

    public ObjectProperty<WorklistCriteria> criteriaProperty() {
        return criteria;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedFilterMessageProperty() {
        return savedFilterMessage.getReadOnlyProperty();
    }

    public ObservableList<SavedFilter> savedFilters() {
        return savedFilters;
    }

    public WorklistPager pager() {
        return pager;
    }

    private static String summaryFor(long total) {
        if (total == 0) {
            return "No debts match these filters.";
        }
        return String.format(Locale.UK, "%,d %s", total, total == 1 ? "debt matches" : "debts match");
    }
}
