package uk.caseview.ui.workspace.debt.worklist;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import uk.caseview.sdk.model.debt.WorklistItem;
import uk.caseview.sdk.model.debt.WorklistPage;
import uk.caseview.sdk.repayment.WorklistFilter;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.workspace.debt.Problems;

/**
 * Fetches worklist pages as rows come into view and keeps the most recently used ones. The
 * server filters and sorts; this class only remembers pages. Its methods, and the listener, run
 * on the FX thread: fetches run through {@link BackgroundTasks}, results come back to it.
 *
 * <p>Scrolling fast asks for many pages. At most {@code maxInFlight} are fetched at once and the
 * most recently asked-for page goes first, so the rows on screen now arrive before rows the user
 * has already scrolled past; stale requests beyond {@code MAX_QUEUED} are dropped, and their rows
 * ask again if they are ever shown.
 */
public final class WorklistPager {

    public interface Listener {
        /** The row count changed (a new filter or sort, or the server's total moved): redraw everything. */
        void reset(int size);

        /** Rows {@code from} (inclusive) to {@code to} (exclusive) arrived or failed. */
        void changed(int from, int to);

        /** A fetch failed; {@code message} is for the caseworker. Null clears an earlier failure. */
        void failure(String message);

        /** The debt service is still preparing the worklist; the pager asks again by itself. */
        default void preparing() {}
    }

    /** Runs {@code onFxThread} on the FX thread after {@code delay}, without any thread waiting for it there. */
    @FunctionalInterface
    public interface Later {
        void after(Duration delay, Runnable onFxThread);
    }

    private static final int MAX_QUEUED = 8;
    /** "Preparing" answers taken calmly before one is shown as a failure: minutes, at the server's pace. */
    private static final int MAX_PREPARING = 30;

    private final WorklistPageSource source;
    private final BackgroundTasks tasks;
    private final int pageSize;
    private final int maxInFlight;
    private final Later later;
    private final Map<Integer, List<WorklistItem>> pages;
    private final Set<Integer> inFlight = new HashSet<>();
    private final Deque<Integer> queued = new ArrayDeque<>();
    private final Set<Integer> failed = new TreeSet<>();
    private Listener listener = new Listener() {
        public void reset(int size) {}

        public void changed(int from, int to) {}

        public void failure(String message) {}
    };

    private WorklistFilter filter = WorklistFilter.ALL;
    private int generation;
    private int size;
    private long totalItems;
    private boolean firstPageLoaded;
    private int preparingAnswers;

    public WorklistPager(WorklistPageSource source, BackgroundTasks tasks, int pageSize, int cachedPages, int maxInFlight) {
        this(source, tasks, pageSize, cachedPages, maxInFlight, (delay, r) -> CompletableFuture
                .delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> tasks.onFxThread(r)));
    }

    public WorklistPager(WorklistPageSource source, BackgroundTasks tasks, int pageSize, int cachedPages, int maxInFlight,
            Later later) {
        this.source = source;
        this.tasks = tasks;
        this.pageSize = pageSize;
        this.maxInFlight = maxInFlight;
        this.later = later;
        this.pages = new LinkedHashMap<>(cachedPages * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<WorklistItem>> eldest) {
                return size() > cachedPages;
            }
        };
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Shows the worklist for {@code f} from the top: forgets every page and fetches the first. */
    public void show(WorklistFilter f) {
        filter = f;
        generation++;
        pages.clear();
        inFlight.clear();
        queued.clear();
        failed.clear();
        firstPageLoaded = false;
        preparingAnswers = 0;
        listener.failure(null);
        start(0);
    }

    /** Fetches the current filter again, keeping nothing: after a plan is agreed, say. */
    public void refresh() {
        show(filter);
    }

    public WorklistFilter filter() {
        return filter;
    }

    public int size() {
        return size;
    }

    /** The server's count, which may exceed what a table can index. */
    public long totalItems() {
        return totalItems;
    }

    public boolean firstPageLoaded() {
        return firstPageLoaded;
    }

    /** The row at {@code index} if its page is here; never fetches (tables call this for many reasons). */
    public WorklistRow rowAt(int index) {
        int page = index / pageSize;
        List<WorklistItem> items = pages.get(page);
        int offset = index % pageSize;
        if (items != null && offset < items.size()) {
            return new WorklistRow(index, items.get(offset), false);
        }
        return new WorklistRow(index, null, failed.contains(page));
    }

    /** Row {@code index} is on screen: fetch its page if needed, and the neighbour it is heading towards. */
    public void request(int index) {
        int page = index / pageSize;
        int offset = index % pageSize;
        ensure(page);
        if (offset >= pageSize * 3 / 4) {
            ensure(page + 1);
        } else if (offset < pageSize / 4 && page > 0) {
            ensure(page - 1);
        }
    }

    /** Tries the pages that failed again, or the whole list if even the first page failed. */
    public void retry() {
        if (!firstPageLoaded) {
            show(filter);
            return;
        }
        listener.failure(null);
        List<Integer> again = List.copyOf(failed);
        failed.clear();
        for (int page : again) {
            listener.changed(page * pageSize, Math.min(size, (page + 1) * pageSize));
        }
    }

    public boolean isLoading() {
        return !inFlight.isEmpty();
    }

    private void ensure(int page) {
        if (page < 0 || (firstPageLoaded && (long) page * pageSize >= size)) {
            return;
        }
        if (pages.containsKey(page) || inFlight.contains(page) || failed.contains(page)) {
            return;
        }
        queued.remove(page);
        queued.addFirst(page);
        while (queued.size() > MAX_QUEUED) {
            queued.removeLast();
        }
        drain();
    }

    private void start(int page) {
        queued.addFirst(page);
        drain();
    }

    private void drain() {
        while (inFlight.size() < maxInFlight && !queued.isEmpty()) {
            fetch(queued.removeFirst());
        }
    }

    private void fetch(int page) {
        int asked = generation;
        WorklistFilter f = filter;
        inFlight.add(page);
        tasks.run(() -> source.fetch(f, page, pageSize), result -> {
            if (asked != generation) {
                return; // an answer for a filter the caseworker has moved on from
            }
            inFlight.remove(page);
            arrived(page, result);
            drain();
        }, error -> {
            if (asked != generation) {
                return;
            }
            inFlight.remove(page);
            Optional<Duration> preparing = Preparing.retryAfter(error);
            if (preparing.isPresent() && preparingAnswers < MAX_PREPARING) {
                preparingAnswers++;
                listener.preparing();
                later.after(preparing.get(), () -> {
                    if (asked == generation) {
                        ensure(page);
                    }
                });
                drain();
                return;
            }
            failed.add(page);
            listener.failure(Problems.describe(firstPageLoaded
                    ? "Rows " + (page * pageSize + 1) + " to " + ((page + 1) * pageSize) + " could not be loaded."
                    : "The worklist could not be loaded.", error));
            if (firstPageLoaded) {
                listener.changed(page * pageSize, Math.min(size, (page + 1) * pageSize));
            }
            drain();
        });
    }

    private void arrived(int page, WorklistPage result) {
        pages.put(page, result.items());
        int newSize = (int) Math.min(Integer.MAX_VALUE - 1L, Math.max(0, result.totalItems()));
        totalItems = result.totalItems();
        if (!firstPageLoaded || newSize != size) {
            firstPageLoaded = true;
            size = newSize;
            listener.reset(size);
            return;
        }
        listener.changed(page * pageSize, Math.min(size, page * pageSize + result.items().size()));
    }
}
