package org.cruxmap.server.cli;

/**
 * A progress line on stderr for long work: it stays silent for the first two seconds, then redraws
 * "label [#####.....] n/total" while the work goes on.
 */
final class Progress implements AutoCloseable {
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private volatile long done;
    private boolean shown;

    private Progress(String label, long total) {
        this.label = label;
        this.total = total;
    }

    static Progress start(String label, long total) { return new Progress(label, total); }

    /** Marks one more unit done and redraws when the work has taken over two seconds. */
    void step() {
        done++;
        if (System.nanoTime() - started > 2_000_000_000L && System.console() != null) {
            shown = true;
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            Cli.ERR.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total);
            Cli.ERR.flush();
        }
    }

    @Override
    public void close() {
        if (shown) Cli.ERR.println();
    }
}
