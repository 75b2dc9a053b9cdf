package uk.caseview.ui.workspace.debt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** Holds submitted work until the test runs it, so a test decides the order answers arrive in. */
public final class ManualExecutor implements Executor {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable command) {
        queue.addLast(command);
    }

    public synchronized int pending() {
        return queue.size();
    }

    public void runNext() {
        Runnable r;
        synchronized (this) {
            r = queue.pollFirst();
        }
        if (r == null) {
            throw new IllegalStateException("nothing to run");
        }
        r.run();
    }

    public void runLast() {
        Runnable r;
        synchronized (this) {
            r = queue.pollLast();
        }
        r.run();
    }

    public void runAll() {
        while (pending() > 0) {
            runNext();
        }
    }
}
