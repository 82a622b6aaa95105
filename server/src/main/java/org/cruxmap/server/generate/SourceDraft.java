package org.cruxmap.server.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated source text (a Markdown heading and paragraphs, no paragraph repeated) and the
 * sentences of it that statements may still quote, each quoted at most once.
 */
final class SourceDraft {
    final SourceRecord record;
    private final List<String> quotable = new ArrayList<>();
    private int next;

    private SourceDraft(SourceRecord record, List<String> quotable) {
        this.record = record;
        this.quotable.addAll(quotable);
    }

    /** A source by a given author, its text 3-6 paragraphs of 3-6 sentences. */
    static SourceDraft make(Random r, int number, String authorId) {
        String id = "src-" + number;
        String title = Prose.sourceTitle(r) + " (" + number + ")";
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
        List<String> sentences = new ArrayList<>();
        Set<String> paragraphs = new HashSet<>();
        int count = 3 + r.nextInt(4);
        while (paragraphs.size() < count) {
            String p = Prose.paragraph(r, 3 + r.nextInt(4));
            if (!paragraphs.add(p)) continue;
            if (paragraphs.size() > 1) text.append("\n\n");
            text.append(p);
            for (String s : p.split("(?<=\\.) ")) sentences.add(s.substring(0, s.length() - 1));
        }
        text.append('\n');
        String full = text.toString();
        java.util.Collections.shuffle(sentences, r);
        int year = 2017 + r.nextInt(10);
        String date = String.format("%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        String status = new String[] {"verified", "verified", "secondary", "unverified"}[r.nextInt(4)];
        SourceRecord rec = new SourceRecord(id, title, authorId, date, Prose.pick(r, Prose.SOURCE_KINDS), status,
                "https://example.org/synthetic/" + id, full);
        return new SourceDraft(rec, sentences);
    }

    /** The next sentence not yet quoted that occurs exactly once in the text, anchored; null when none is left. */
    Quote nextQuote() {
        while (next < quotable.size()) {
            Quote q = Quote.anchor(record.fullText(), quotable.get(next++));
            if (q != null) return q;
        }
        return null;
    }
}
