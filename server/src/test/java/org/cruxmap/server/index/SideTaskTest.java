package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SideTaskTest {
    @Test
    void workNoHelperPicksUpIsRunByTheCallerExactlyOnce() throws IOException {
        AtomicInteger runs = new AtomicInteger();
        Thread caller = Thread.currentThread();
        SideTask<Thread> t = SideTask.start(r -> { /* a pool too busy to ever start it */ }, () -> {
            runs.incrementAndGet();
            return Thread.currentThread();
        });
        assertSame(caller, t.join());
        assertSame(caller, t.join());
        assertEquals(1, runs.get());
    }

    @Test
    void workAHelperRunsIsWaitedForAndRunOnlyThere() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            AtomicInteger runs = new AtomicInteger();
            SideTask<Thread> t = SideTask.start(pool, () -> {
                runs.incrementAndGet();
                return Thread.currentThread();
            });
            pool.submit(() -> { }).get();
            assertNotEquals(Thread.currentThread(), t.join());
            assertEquals(1, runs.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whatTheWorkThrowsReachesTheCallerUnwrapped() {
        SideTask<Object> io = SideTask.start(Runnable::run, () -> { throw new IOException("disk gone"); });
        assertEquals("disk gone", assertThrows(IOException.class, io::join).getMessage());
        SideTask<Object> runtime = SideTask.start(Runnable::run, () -> { throw new IllegalStateException("too many clauses"); });
        assertEquals("too many clauses", assertThrows(IllegalStateException.class, runtime::join).getMessage());
        runtime.settle();
    }
}
