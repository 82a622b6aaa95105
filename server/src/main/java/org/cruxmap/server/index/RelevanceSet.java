package org.cruxmap.server.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judged queries for measuring search quality, read from a TSV: the query text, then
 * tab-separated {@code id=grade} judgments (3 the answer, 2 clearly relevant, 1 related); lines
 * starting with {@code #} are comments.
 */
public record RelevanceSet(List<Judged> queries) {

    /** One query and the grade of each judged node; unjudged nodes are not relevant. */
    public record Judged(int line, String query, Map<String, Integer> grades) {}

    /** Parses the TSV; a malformed line is an IllegalArgumentException naming its line. */
    public static RelevanceSet parse(String name, String tsv) {
        List<Judged> out = new ArrayList<>();
        String[] lines = tsv.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] cols = l.split("\t");
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (int c = 1; c < cols.length; c++) {
                String[] kv = cols[c].strip().split("=");
                int grade;
                try {
                    grade = kv.length == 2 ? Integer.parseInt(kv[1]) : -1;
                } catch (NumberFormatException e) {
                    grade = -1;
                }
                if (grade < 1 || grade > 3) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ":" + (l.indexOf(cols[c]) + 1)
                            + ": expected id=grade with grade 1, 2 or 3, got '" + cols[c] + "'");
                }
                grades.put(kv[0], grade);
            }
            if (grades.isEmpty()) throw new IllegalArgumentException(name + ":" + (i + 1) + ":1: a query needs at least one judged id");
            out.add(new Judged(i + 1, cols[0].strip(), grades));
        }
        return new RelevanceSet(out);
    }

    /** nDCG at k: the discounted gain of the ranking over that of the ideal ranking (gain 2^grade - 1). */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort(java.util.Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += gain(ideal.get(i)) / log2(i + 2);
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Recall at k: the share of judged nodes found in the first k, out of at most k (so a perfect page scores 1). */
    public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long found = ranked.stream().limit(k).filter(grades::containsKey).count();
        return (double) found / Math.min(k, grades.size());
    }

    private static double gain(int grade) { return Math.pow(2, grade) - 1; }

    private static double log2(double x) { return Math.log(x) / Math.log(2); }
}
