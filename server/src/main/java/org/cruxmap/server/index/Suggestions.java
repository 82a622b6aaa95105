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
        AnalyzingInfixSuggester s = new AnalyzingInfixSuggester(SearchIndex.memoryDirectory(),
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
        List<Lookup.LookupResult> raw = new ArrayList<>(suggester.lookup(prefix, Set.of(), false, n * 3 + 5));
        String typed = Documents.sortKey(prefix).strip();
        raw.sort(java.util.Comparator.comparingInt(r -> closeness(Documents.sortKey(r.key.toString()), typed))); // stable: weight order within a tier
        Map<String, Suggestion> out = new LinkedHashMap<>();
        for (Lookup.LookupResult r : raw) {
            String[] p = r.payload.utf8ToString().split("\t", 2);
            Suggestion s = new Suggestion(p[1], r.key.toString(), p[0]);
            if (!out.containsKey(s.id()) && live.test(s)) out.put(s.id(), s);
            if (out.size() == n) break;
        }
        return new ArrayList<>(out.values());
    }

    /**
     * How closely a label follows what was typed (both lower case, accents dropped): 0 when the label
     * starts with it ("METR task-length doubling" for "metr"), 1 when it is whole words inside the
     * label, 2 when a word of the label starts with it ("hot m" in "The Hot Mess of AI"), 3 when the
     * typed words are only found apart.
     */
    static int closeness(String label, String typed) {
        if (typed.isEmpty() || label.startsWith(typed)) return 0;
        int best = 3;
        for (int at = label.indexOf(typed); at > 0; at = label.indexOf(typed, at + 1)) {
            if (Character.isLetterOrDigit(label.charAt(at - 1))) continue;
            int end = at + typed.length();
            boolean wholeWords = end >= label.length() || !Character.isLetterOrDigit(label.charAt(end));
            best = Math.min(best, wholeWords ? 1 : 2);
        }
        return best;
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
