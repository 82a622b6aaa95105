package org.cruxmap.server.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.store.LocalStore;

/**
 * Measures search quality: loads data files into an in-memory knowledge base, runs every query of
 * a relevance set, and prints nDCG@10 and recall@5 per query and on average.
 * <pre>java -cp cruxmap.jar org.cruxmap.server.index.RelevanceReport queries.tsv FILE-OR-DIR...</pre>
 */
public final class RelevanceReport {
    /** The scores of one query. */
    public record Score(RelevanceSet.Judged query, List<String> ranked, double ndcg10, double recall5) {}

    /** The scores of a whole set, and the judged ids the store does not hold (typos in the set). */
    public record Report(List<Score> scores, List<String> unknownIds) {
        public double meanNdcg10() { return scores.stream().mapToDouble(Score::ndcg10).average().orElse(0); }
        public double meanRecall5() { return scores.stream().mapToDouble(Score::recall5).average().orElse(0); }
    }

    private RelevanceReport() {}

    /** Runs the set against an index. */
    public static Report run(RelevanceSet set, SearchIndex index) {
        List<Score> scores = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (RelevanceSet.Judged j : set.queries()) {
            List<String> ranked = index.search(SearchQuery.of(j.query())).hits().stream().map(SearchHit::id).toList();
            scores.add(new Score(j, ranked, RelevanceSet.ndcg(ranked, j.grades(), 10), RelevanceSet.recall(ranked, j.grades(), 5)));
            for (String id : j.grades().keySet()) {
                if (!index.contains(id)) unknown.add("line " + j.line() + ": " + id);
            }
        }
        return new Report(scores, unknown);
    }

    /** Prints a report: one line per query, then the means. */
    public static void print(Report r, PrintStream out) {
        out.printf("%-48s %7s %7s  %s%n", "query", "nDCG@10", "R@5", "first hits");
        for (Score s : r.scores()) {
            String q = s.query().query();
            out.printf("%-48s %7.3f %7.3f  %s%n", q.length() > 48 ? q.substring(0, 47) + "…" : q, s.ndcg10(), s.recall5(),
                    String.join(" ", s.ranked().stream().limit(3).map(id -> (s.query().grades().containsKey(id) ? "+" : "-") + id).toList()));
        }
        out.printf("%-48s %7.3f %7.3f  (%d queries)%n", "MEAN", r.meanNdcg10(), r.meanRecall5(), r.scores().size());
        for (String u : r.unknownIds()) out.println("judged id not in the store: " + u);
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (args.length < 2) {
            System.err.println("usage: RelevanceReport queries.tsv FILE-OR-DIR...");
            System.exit(2);
        }
        Path tsv = Path.of(args[0]);
        RelevanceSet set = RelevanceSet.parse(tsv.toString(), Files.readString(tsv));
        try (KnowledgeBase kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
             SearchIndex index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE)) {
            kb.onWrite(index);
            List<ImportRequest> requests = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                for (Path p : expand(Path.of(args[i]))) requests.add(ImportRequest.of(p.toString(), Files.readAllBytes(p)));
            }
            for (ImportOutcome o : kb.importAll(requests, false)) {
                if (!o.written()) System.err.println(o.fileName() + ": not loaded: " + o.diagnostics());
            }
            Report r = run(set, index);
            print(r, out);
            System.exit(r.unknownIds().isEmpty() ? 0 : 1);
        }
    }

    private static List<Path> expand(Path p) throws IOException {
        if (!Files.isDirectory(p)) return List.of(p);
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> Format.guess(f.getFileName().toString()).isPresent())
                    .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        }
    }
}
