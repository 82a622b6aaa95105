package org.cruxmap.server.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The recent history of a store's change counter: which graphs each move changed. Lets the search
 * index catch up with writes it was not told about by re-reading only those graphs.
 */
final class ChangeLog {
    /** One move of the counter, and the graphs it changed (null: unknown, assume all). */
    private record Entry(long from, long to, Set<String> graphs) {}

    private static final int KEEP = 512;
    private final Deque<Entry> entries = new ArrayDeque<>();

    /** Records that the counter moved from {@code from} to {@code to}, changing these graphs (null: unknown). */
    synchronized void record(long from, long to, Set<String> graphs) {
        if (from == to) return;
        Entry last = entries.peekLast();
        if (last != null && last.to != from) entries.clear();
        entries.addLast(new Entry(from, to, graphs == null ? null : Set.copyOf(graphs)));
        while (entries.size() > KEEP) entries.removeFirst();
    }

    /** The graphs changed since the counter stood at {@code counter}; empty when the log does not reach back or a move was unknown. */
    synchronized Optional<Set<String>> since(long counter, long current) {
        if (counter == current) return Optional.of(Set.of());
        Set<String> out = new LinkedHashSet<>();
        boolean found = false;
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (!found && e.from == counter) found = true;
            if (!found) continue;
            if (e.graphs == null) return Optional.empty();
            out.addAll(e.graphs);
        }
        Entry last = entries.peekLast();
        return found && last.to == current ? Optional.of(out) : Optional.empty();
    }
}
