package org.cruxmap.server.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Work a search hands to a helper thread while it goes on with its own: if no helper has started it
 * by the time the search needs its result, the search runs it itself, so a busy pool delays nothing
 * and every task runs exactly once.
 */
final class SideTask<T> {
    /** Work that may read the index. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final FutureTask<T> task;

    private SideTask(FutureTask<T> task) { this.task = task; }

    /** Offers the work to the helpers and returns at once. */
    static <T> SideTask<T> start(Executor helpers, Work<T> work) {
        Callable<T> call = work::run;
        SideTask<T> t = new SideTask<>(new FutureTask<>(call));
        try {
            helpers.execute(t.task);
        } catch (RejectedExecutionException shutDown) {
            // the caller runs it in join()
        }
        return t;
    }

    /** The result: run here if no helper took the work, else waited for. Rethrows what the work threw. */
    T join() throws IOException {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while counting the matches");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    /** Waits for the work to end, its result or failure ignored (so nothing still reads the index after the caller gives up). */
    void settle() {
        try {
            join();
        } catch (IOException | RuntimeException ignored) {
            // the caller is already failing with its own error
        }
    }
}
