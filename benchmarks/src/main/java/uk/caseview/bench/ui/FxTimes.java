package uk.caseview.bench.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Durations measured on the FX thread itself (System.nanoTime around the work, inside the
 * runnable), kept only for JMH's measurement iterations and summarised at the end of the trial.
 * JMH's own figure is the round trip from the benchmark thread; this one has no hand-off in it.
 */
final class FxTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long[] nanos = new long[1024];
    private long[] cpuNanos = new long[1024];
    private int size;

    /** CPU time of the calling thread: on a shared machine, the part of the wall time other processes cannot steal. */
    static long cpuNow() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Called on the FX thread; read after the latch, which orders the write before the read. */
    void add(long wall, long cpu) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
            cpuNanos = Arrays.copyOf(cpuNanos, size * 2);
        }
        nanos[size] = wall;
        cpuNanos[size++] = cpu;
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    String summary() {
        if (size == 0) {
            return "no samples";
        }
        return "wall " + summary(nanos) + "\n    FX thread CPU " + summary(cpuNanos);
    }

    private String summary(long[] values) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "n=%d  p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  max=%.2f ms  mean=%.2f ms",
                size, ms(pct(sorted, 0.50)), ms(pct(sorted, 0.90)), ms(pct(sorted, 0.99)), ms(sorted[size - 1]),
                ms((long) Arrays.stream(sorted).average().orElse(0)));
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
