package org.cruxmap.server.reliability;

import java.util.Arrays;

/** Response times of one kind of request, in microseconds; thread-safe; percentiles by nearest rank. */
final class Latencies {
    private long[] micros = new long[1024];
    private int n;

    synchronized void add(long nanos) {
        if (n == micros.length) micros = Arrays.copyOf(micros, n * 2);
        micros[n++] = nanos / 1000;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs;
        int m;
        synchronized (other) { theirs = other.micros; m = other.n; }
        for (int i = 0; i < m; i++) add(theirs[i] * 1000);
    }

    synchronized int count() { return n; }

    /** The p-th percentile (0..100) in milliseconds. */
    synchronized double percentileMillis(double p) {
        if (n == 0) return 0;
        long[] sorted = Arrays.copyOf(micros, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1000.0;
    }
}
