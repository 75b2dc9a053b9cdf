package uk.caseview.app.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * A watchdog that pings the FX Application Thread every few milliseconds. A ping that waits
 * longer than the limit is a stall; while it lasts, the FX thread's stack is sampled every few
 * milliseconds to say what held it up.
 *
 * <p>A stall is <em>blocking</em> if any sample shows the FX thread waiting outside JavaFX's own
 * pulse and event loop: parked on a lock, future, latch or sleep, or inside a socket or file
 * read. That is the FX thread waiting on I/O or on another thread, which the house rules forbid.
 * Other stalls are reported, not failed: the FX thread running (CSS, layout, painting, our light
 * callbacks) but slowly, because the software renderer and a CPU shared with parallel builds make
 * a 50 ms budget for CPU work meaningless in CI. Speed is measured by the JMH benchmarks instead.
 */
public final class FxStallDetector implements AutoCloseable {

    public record Stall(long waitedMillis, boolean blocking, String sample) {}

    private static final String PULSE = "com.sun.javafx.tk.Toolkit.runPulse";

    private final long limitMillis;
    private final Thread watchdog;
    private final List<Stall> stalls = new ArrayList<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private volatile boolean running = true;
    private volatile long longestMillis;
    private volatile long pings;
    private volatile long fxThreadId = -1;

    public FxStallDetector(long limitMillis) {
        this.limitMillis = limitMillis;
        this.watchdog = Thread.ofPlatform().daemon().name("fx-stall-detector").start(this::watch);
    }

    private void watch() {
        while (running) {
            CountDownLatch answered = new CountDownLatch(1);
            long sent = System.nanoTime();
            Platform.runLater(() -> {
                fxThreadId = Thread.currentThread().threadId();
                answered.countDown();
            });
            try {
                if (!answered.await(limitMillis, TimeUnit.MILLISECONDS)) {
                    boolean blocking = false;
                    String firstBlockingSample = null;
                    String lastSample = null;
                    while (!answered.await(3, TimeUnit.MILLISECONDS)) {
                        ThreadInfo info = fxThread();
                        if (info == null) {
                            continue;
                        }
                        StackTraceElement[] stack = info.getStackTrace();
                        lastSample = info.getThreadState() + render(stack);
                        if (waiting(info) && !inPulse(stack) && !idle(stack)) {
                            blocking = true;
                            if (firstBlockingSample == null) {
                                firstBlockingSample = lastSample;
                            }
                        }
                    }
                    record(new Stall((System.nanoTime() - sent) / 1_000_000, blocking,
                            blocking ? firstBlockingSample : lastSample));
                }
                longestMillis = Math.max(longestMillis, (System.nanoTime() - sent) / 1_000_000);
                pings++;
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean waiting(ThreadInfo info) {
        Thread.State state = info.getThreadState();
        if (state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
            return true;
        }
        // A blocking socket or file read shows as RUNNABLE in native code.
        StackTraceElement[] stack = info.getStackTrace();
        return stack.length > 0 && stack[0].isNativeMethod()
                && (stack[0].getClassName().startsWith("sun.nio.") || stack[0].getClassName().startsWith("java.net.")
                        || stack[0].getClassName().startsWith("java.io."));
    }

    private static boolean inPulse(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(e -> (e.getClassName() + "." + e.getMethodName()).equals(PULSE));
    }

    /** The FX thread waiting for its next event is not stalled, whatever the latency says. */
    private static boolean idle(StackTraceElement[] stack) {
        // Monocle parks in RunnableQueue.getNextRunnable, GTK in _runLoop: either way, nothing to run.
        return stack.length > 0 && (stack[0].getMethodName().contains("_runLoop")
                || Arrays.stream(stack).limit(6).anyMatch(e -> e.getMethodName().equals("getNextRunnable")));
    }

    private ThreadInfo fxThread() {
        return fxThreadId < 0 ? null : threads.getThreadInfo(fxThreadId, Integer.MAX_VALUE);
    }

    private static String render(StackTraceElement[] stack) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(14, stack.length); i++) {
            sb.append("\n  at ").append(stack[i]);
        }
        return sb.toString();
    }

    private synchronized void record(Stall stall) {
        stalls.add(stall);
    }

    public synchronized List<Stall> stalls() {
        return List.copyOf(stalls);
    }

    /** Stalls in which the FX thread was seen waiting on something: the ones that fail a test. */
    public synchronized List<Stall> blockingStalls() {
        return stalls.stream().filter(Stall::blocking).toList();
    }

    public synchronized List<Stall> renderingStalls() {
        return stalls.stream().filter(s -> !s.blocking()).toList();
    }

    public long longestMillis() {
        return longestMillis;
    }

    public long pings() {
        return pings;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watchdog.join(2000);
    }
}
