package org.cruxmap.server.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completions for the search box over node labels (an AnalyzingInfixSuggester in memory, so any
 * word of a label completes, not only its start). Rebuilt whole from the index; between rebuilds,
 * changed nodes are added and suggestions that no longer match a live node are dropped at lookup.
 */
final class Suggestions implements AutoCloseable {
    /** Additions after which the next update rebuilds rather than adds. */
    private static final int REBUILD_AFTER = 20_000;

    private final AnalyzingInfixSuggester suggester;
    private int added;

    private Suggestions(AnalyzingInfixSuggester suggester) { this.suggester = suggester; }

    /** Builds suggestions over these entries. */
    static Suggestions build(Iterator<Entry> entries) throws IOException {
        AnalyzingInfixSuggester s = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
                Fields.exactAnalyzer(), Fields.exactAnalyzer(), 1, false, true, false);
        s.build(new Entries(entries));
        return new Suggestions(s);
    }

    /** One label to complete to. */
    record Entry(String id, String label, String type) {
        long weight() {
            return switch (type) {
                case "claim", "crux", "evidence", "statement" -> 4;
                case "argument" -> 3;
                case "source" -> 2;
                default -> 1;
            };
        }

        BytesRef payload() { return new BytesRef(type + "\t" + id); }
    }

    /** Adds changed nodes; false when so many were added that a rebuild is due. */
    boolean add(List<Entry> entries) throws IOException {
        for (Entry e : entries) suggester.add(new BytesRef(e.label()), Set.of(), e.weight(), e.payload());
        suggester.refresh();
        added += entries.size();
        return added < REBUILD_AFTER;
    }

    /** Up to n completions of the prefix whose node is still live with that label. */
    List<Suggestion> lookup(String prefix, int n, Predicate<Suggestion> live) throws IOException {
        if (prefix == null || prefix.isBlank() || suggester.getCount() == 0) return List.of();
        List<Lookup.LookupResult> raw = suggester.lookup(prefix, Set.of(), false, n * 3 + 5);
        Map<String, Suggestion> out = new LinkedHashMap<>();
        for (Lookup.LookupResult r : raw) {
            String[] p = r.payload.utf8ToString().split("\t", 2);
            Suggestion s = new Suggestion(p[1], r.key.toString(), p[0]);
            if (!out.containsKey(s.id()) && live.test(s)) out.put(s.id(), s);
            if (out.size() == n) break;
        }
        return new ArrayList<>(out.values());
    }

    @Override
    public void close() throws IOException { suggester.close(); }

    private static final class Entries implements InputIterator {
        private final Iterator<Entry> it;
        private Entry current;

        Entries(Iterator<Entry> it) { this.it = it; }

        @Override public BytesRef next() {
            if (!it.hasNext()) return null;
            current = it.next();
            return new BytesRef(current.label().getBytes(StandardCharsets.UTF_8));
        }
        @Override public long weight() { return current.weight(); }
        @Override public BytesRef payload() { return current.payload(); }
        @Override public boolean hasPayloads() { return true; }
        @Override public Set<BytesRef> contexts() { return null; }
        @Override public boolean hasContexts() { return false; }
    }
}
