package uk.caseview.ui.workspace.debt.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.caseview.sdk.error.ServiceUnavailableException;
import uk.caseview.sdk.model.Problem;
import uk.caseview.sdk.model.debt.PlanStatus;
import uk.caseview.sdk.repayment.WorklistFilter;
import uk.caseview.sdk.view.Source;
import uk.caseview.ui.fx.BackgroundTasks;
import uk.caseview.ui.workspace.debt.ManualExecutor;

class WorklistPagerTest {

    private final InMemoryWorklist server = InMemoryWorklist.synthetic(100_000);
    private final ManualExecutor worker = new ManualExecutor();
    private final BackgroundTasks tasks = new BackgroundTasks(worker, Runnable::run);
    private final List<String> events = new ArrayList<>();

    private WorklistPager pager(int cachedPages, int inFlight) {
        WorklistPager p = new WorklistPager(server, tasks, 200, cachedPages, inFlight);
        p.setListener(new WorklistPager.Listener() {
            public void reset(int size) {
                events.add("reset " + size);
            }

            public void changed(int from, int to) {
                events.add("changed " + from + "-" + to);
            }

            public void failure(String message) {
                events.add(message == null ? "ok" : "failure: " + message);
            }
        });
        return p;
    }

    @Test
    void theFirstPageSetsTheSizeAndLaterPagesArriveAsTheyAreShown() {
        WorklistPager p = pager(10, 3);
        p.show(WorklistFilter.ALL);
        worker.runAll();

        assertThat(events).containsExactly("ok", "reset 100000");
        assertThat(p.rowAt(0).loaded()).isTrue();
        assertThat(p.rowAt(199).loaded()).isTrue();
        assertThat(p.rowAt(250).loaded()).isFalse();

        p.request(250);
        worker.runAll();
        assertThat(events).endsWith("changed 200-400");
        assertThat(p.rowAt(250).item()).isNotNull();
    }

    @Test
    void rowsComeInTheServersOrder() {
        WorklistPager p = pager(10, 3);
        p.show(WorklistFilter.ALL);
        worker.runAll();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 200; i++) {
            long balance = p.rowAt(i).item().outstandingPence();
            assertThat(balance).isLessThanOrEqualTo(previous);
            previous = balance;
        }
    }

    @Test
    void lookingUpRowsNeverFetches() {
        WorklistPager p = pager(10, 3);
        p.show(WorklistFilter.ALL);
        worker.runAll();
        int before = server.calls.get();
        for (int i = 0; i < p.size(); i++) {
            p.rowAt(i);
        }
        assertThat(server.calls.get()).isEqualTo(before);
    }

    @Test
    void nearingTheEndOfAPageFetchesTheNextOne() {
        WorklistPager p = pager(10, 3);
        p.show(WorklistFilter.ALL);
        worker.runAll();
        p.request(190);
        worker.runAll();
        assertThat(p.rowAt(200).loaded()).isTrue();
    }

    @Test
    void theLeastRecentlyUsedPageIsForgottenAndFetchedAgainWhenShown() {
        WorklistPager p = pager(2, 3);
        p.show(WorklistFilter.ALL);
        worker.runAll();
        p.request(1_050); // page 5
        worker.runAll();
        p.request(2_050); // page 10: page 0 is now the eldest and goes
        worker.runAll();
        assertThat(p.rowAt(0).loaded()).isFalse();
        p.request(0);
        worker.runAll();
        assertThat(p.rowAt(0).loaded()).isTrue();
    }

    @Test
    void anAnswerForAnEarlierFilterIsIgnored() {
        WorklistPager p = pager(10, 3);
        p.show(WorklistFilter.ALL);
        p.show(WorklistFilter.ALL.withPlanStatus(PlanStatus.BROKEN));
        worker.runNext(); // the answer for "all" arrives late
        assertThat(events).doesNotContain("reset 100000");
        worker.runAll();
        assertThat(p.size()).isBetween(20_000, 30_000);
        assertThat(p.rowAt(0).item().planStatus()).isEqualTo(PlanStatus.BROKEN);
    }

    @Test
    void theMostRecentlyShownPageIsFetchedFirstWhenScrollingFast() {
        WorklistPager p = pager(50, 1);
        p.show(WorklistFilter.ALL);
        worker.runAll();
        server.pagesAsked.clear();
        for (int page = 10; page <= 20; page++) {
            p.request(page * 200 + 100);
        }
        worker.runAll();
        // Page 10 was already on its way; after it, the latest ask (20) goes first, and asks older
        // than the last eight are dropped rather than fetched for rows no longer on screen.
        assertThat(server.pagesAsked).startsWith(10, 20, 19).doesNotContain(11, 12);
    }

    @Test
    void aFailedPageShowsAsFailedUntilRetried() {
        List<Integer> failOnce = new ArrayList<>(List.of(3));
        WorklistPageSource flaky = (f, page, size) -> {
            if (failOnce.remove((Integer) page)) {
                throw new java.io.IOException("connection reset");
            }
            return server.fetch(f, page, size);
        };
        WorklistPager p = new WorklistPager(flaky, tasks, 200, 10, 3);
        List<String> failures = new ArrayList<>();
        p.setListener(new WorklistPager.Listener() {
            public void reset(int size) {}

            public void changed(int from, int to) {}

            public void failure(String message) {
                failures.add(message);
            }
        });
        p.show(WorklistFilter.ALL);
        worker.runAll();
        p.request(650);
        worker.runAll();

        assertThat(p.rowAt(650).failed()).isTrue();
        assertThat(failures.getLast()).startsWith("Rows 601 to 800 could not be loaded.")
                .contains("could not be reached");
        p.request(650); // a failed page is not fetched again by scrolling alone
        assertThat(worker.pending()).isZero();

        p.retry();
        p.request(650);
        worker.runAll();
        assertThat(p.rowAt(650).loaded()).isTrue();
        assertThat(failures.getLast()).isNull();
    }

    @Test
    void whenEvenTheFirstPageFailsRetryStartsAgain() {
        boolean[] down = {true};
        WorklistPageSource source = (f, page, size) -> {
            if (down[0]) {
                throw new java.net.ConnectException("refused");
            }
            return server.fetch(f, page, size);
        };
        WorklistPager p = new WorklistPager(source, tasks, 200, 10, 3);
        p.show(WorklistFilter.ALL);
        worker.runAll();
        assertThat(p.firstPageLoaded()).isFalse();
        down[0] = false;
        p.retry();
        worker.runAll();
        assertThat(p.size()).isEqualTo(100_000);
    }

    /** The debt service's answer while it builds the worklist: 503 with the "preparing" problem type. */
    private static ServiceUnavailableException preparing() {
        return new ServiceUnavailableException(Source.DEBT, 503, new Problem(Preparing.TYPE, "Preparing the worklist",
                503, "Still being prepared.", null, List.of(), null), "corr-1", Duration.ofSeconds(2));
    }

    @Test
    void whileTheServerPreparesTheWorklistItIsAskedAgainAfterRetryAfterWithNoFailureShown() {
        int[] preparingLeft = {2};
        WorklistPageSource source = (f, page, size) -> {
            if (preparingLeft[0]-- > 0) {
                throw preparing();
            }
            return server.fetch(f, page, size);
        };
        List<Duration> waits = new ArrayList<>();
        List<Runnable> scheduled = new ArrayList<>();
        WorklistPager p = new WorklistPager(source, tasks, 200, 10, 3, (delay, r) -> {
            waits.add(delay);
            scheduled.add(r);
        });
        List<String> seen = new ArrayList<>();
        p.setListener(new WorklistPager.Listener() {
            public void reset(int size) {
                seen.add("reset " + size);
            }

            public void changed(int from, int to) {}

            public void failure(String message) {
                seen.add(message == null ? "ok" : "failure: " + message);
            }

            public void preparing() {
                seen.add("preparing");
            }
        });
        p.show(WorklistFilter.ALL);
        worker.runAll();
        assertThat(seen).containsExactly("ok", "preparing");
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(worker.pending()).as("nothing asked until Retry-After has passed").isZero();

        scheduled.removeFirst().run();
        worker.runAll();
        scheduled.removeFirst().run();
        worker.runAll();
        assertThat(seen).containsExactly("ok", "preparing", "preparing", "reset 100000");
        assertThat(p.firstPageLoaded()).isTrue();
        assertThat(scheduled).isEmpty();
    }

    @Test
    void aPreparingAnswerForAFilterTheCaseworkerHasLeftAsksNothingMore() {
        boolean[] preparingNow = {true};
        WorklistPageSource source = (f, page, size) -> {
            if (preparingNow[0]) {
                throw preparing();
            }
            return server.fetch(f, page, size);
        };
        List<Runnable> scheduled = new ArrayList<>();
        WorklistPager p = new WorklistPager(source, tasks, 200, 10, 3, (delay, r) -> scheduled.add(r));
        p.show(WorklistFilter.ALL);
        worker.runAll();
        preparingNow[0] = false;
        p.show(WorklistFilter.ALL.withPlanStatus(PlanStatus.BROKEN));
        worker.runAll();
        server.pagesAsked.clear();

        scheduled.removeFirst().run(); // the old filter's "ask again"
        assertThat(worker.pending()).isZero();
        assertThat(p.rowAt(0).item().planStatus()).isEqualTo(PlanStatus.BROKEN);
    }

    @Test
    void anOutageIsStillAFailureNotPreparing() {
        WorklistPageSource source = (f, page, size) -> {
            throw new ServiceUnavailableException(Source.DEBT, 503, null, "corr-2", Duration.ofSeconds(2));
        };
        List<Runnable> scheduled = new ArrayList<>();
        WorklistPager p = new WorklistPager(source, tasks, 200, 10, 3, (delay, r) -> scheduled.add(r));
        List<String> failures = new ArrayList<>();
        p.setListener(new WorklistPager.Listener() {
            public void reset(int size) {}

            public void changed(int from, int to) {}

            public void failure(String message) {
                failures.add(message);
            }
        });
        p.show(WorklistFilter.ALL);
        worker.runAll();
        assertThat(scheduled).isEmpty();
        assertThat(failures.getLast()).startsWith("The worklist could not be loaded.");
    }
}
