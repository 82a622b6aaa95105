package org.cruxmap.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cruxmap.server.index.SearchHit;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.index.SearchQuery;
import org.cruxmap.server.index.SearchResult;
import org.cruxmap.server.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over statements, arguments, sources and people. Lucene syntax: \"a phrase\", prefix*, AND, OR, NOT; text that does not parse is searched as plain words.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "what to search for (\"\" or * lists everything)")
    String query;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--type", paramLabel = "T", split = ",", description = "claim, crux, evidence, statement (all three), argument, source, person")
    List<String> types = List.of();

    @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "only nodes with this tag")
    List<String> tags = List.of();

    @Option(names = "--holder", paramLabel = "PERSON", split = ",", description = "only nodes this person holds (or wrote), e.g. nate-soares")
    List<String> holders = List.of();

    @Option(names = "--status", paramLabel = "S", split = ",", description = "verified, secondary, unverified")
    List<String> statuses = List.of();

    @Option(names = "--source", paramLabel = "SOURCE", split = ",", description = "only nodes from this source")
    List<String> sources = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "hits to show (default 10, at most 1000)")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "hits to skip")
    int offset;

    @Option(names = "--json", description = "print the answer as the JSON of GET /api/search")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchQuery q;
        try {
            q = new SearchQuery(query, types, tags, holders, statuses, sources, limit, offset);
        } catch (IllegalArgumentException e) {
            return Cli.usage(e.getMessage());
        }
        for (String t : types) {
            if (!SearchQuery.TYPES.contains(t)) {
                return Cli.usage("unknown --type '" + t + "'; use claim, crux, evidence, statement, argument, source, person");
            }
        }
        for (String s : statuses) {
            if (!SearchQuery.STATUSES.contains(s)) return Cli.usage("unknown --status '" + s + "'; use verified, secondary or unverified");
        }
        try (Store store = storeOptions.openExisting(); SearchIndex index = Indexes.open(store, storeOptions)) {
            SearchResult r;
            try {
                r = index.search(q);
            } catch (org.cruxmap.server.index.Searching.UnknownFilterValue e) {
                return Cli.usage("--" + e.dimension + ": " + e.getMessage());
            }
            if (json) {
                Cli.out(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(r));
                return 0;
            }
            print(r, q);
            return 0;
        }
    }

    private static void print(SearchResult r, SearchQuery q) {
        if (r.total() == 0) {
            Cli.out("no hits");
            return;
        }
        if (r.approximate()) Cli.out("nothing matches exactly as typed; these match other forms of the quoted words, or the words within a typo or two:");
        int n = q.offset();
        for (SearchHit h : r.hits()) {
            Cli.out(String.format("%3d. %-8s %s  (%.2f)", ++n, h.type(), h.id(), h.score()));
            Cli.out("     " + h.label());
            String snippet = terminal(h.highlight());
            if (!snippet.isBlank() && !snippet.equals(h.label())) Cli.out("     " + snippet);
        }
        String shown = r.hits().isEmpty() ? "none past " + q.offset() : (q.offset() + 1) + "-" + n;
        Cli.out(shown + " of " + r.total() + " hits" + facetLine(r.facets()));
    }

    private static String facetLine(Map<String, Map<String, Long>> facets) {
        StringBuilder b = new StringBuilder();
        Map<String, Long> types = facets.getOrDefault("type", Map.of());
        if (!types.isEmpty()) {
            b.append("; by type: ");
            types.forEach((k, v) -> b.append(k).append(' ').append(v).append(", "));
            b.setLength(b.length() - 2);
        }
        return b.toString();
    }

    /** A highlight for a terminal: matches in bold when it is one, between asterisks otherwise; entities decoded. */
    static String terminal(String html) {
        boolean tty = System.console() != null;
        String s = html.replace("<mark>", tty ? "\u001b[1m" : "*").replace("</mark>", tty ? "\u001b[0m" : "*");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'")
                .replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
        return s.replaceAll("\\s+", " ").strip();
    }
}
