package org.cruxmap.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes whole paragraphs repeated verbatim, keeping the first. A paragraph is a block of lines
 * between blank lines; in a block written one paragraph per line (as comments copied from the web
 * are), a line of at least {@value #MIN_LINE} code points counts as a paragraph too, so a pasted
 * repeat inside one block is caught. Paragraphs shorter than {@value #MIN_PARAGRAPH} code points
 * (list items, "Yes.", rules, "* * *") repeat legitimately and are never removed. Trailing spaces do
 * not count; anything else must match exactly.
 */
public final class RepeatedParagraphs {
    /** The shortest line, in code points, that counts as a paragraph on its own inside a block. */
    public static final int MIN_LINE = 80;
    /** The shortest paragraph, in code points without surrounding space, that is ever removed as a repeat. */
    public static final int MIN_PARAGRAPH = 20;

    /** The text with repeats removed, and each repeat found. */
    public record Result(String text, List<Repeat> repeats) {}

    /** A paragraph at {@code line} (1-based, in the input) that repeats the one at {@code firstLine}. */
    public record Repeat(int line, int firstLine, int lineCount) {}

    private RepeatedParagraphs() {}

    /** Finds and removes the repeats in LF-normalised text. */
    public static Result dedupe(String text) {
        String[] lines = text.split("\n", -1);
        boolean[] drop = new boolean[lines.length];
        Map<String, Integer> seenBlocks = new HashMap<>();
        Map<String, Integer> seenLines = new HashMap<>();
        List<Repeat> repeats = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (isBlank(lines[i])) { i++; continue; }
            int start = i;
            while (i < lines.length && !isBlank(lines[i])) i++;
            String block = blockText(lines, start, i);
            if (block.strip().codePointCount(0, block.strip().length()) < MIN_PARAGRAPH) continue;
            Integer first = seenBlocks.get(block);
            if (first == null && i - start == 1) first = seenLines.get(block);
            if (first != null) {
                repeats.add(new Repeat(start + 1, first, i - start));
                for (int k = start; k < i; k++) drop[k] = true;
                for (int k = start - 1; k >= 0 && isBlank(lines[k]); k--) drop[k] = true;
                continue;
            }
            seenBlocks.put(block, start + 1);
            for (int k = start; k < i; k++) {
                String line = stripEnd(lines[k]);
                if (line.codePointCount(0, line.length()) < MIN_LINE) continue;
                Integer firstLine = seenLines.get(line);
                if (firstLine != null && i - start > 1) {
                    repeats.add(new Repeat(k + 1, firstLine, 1));
                    drop[k] = true;
                } else if (firstLine == null) {
                    seenLines.put(line, k + 1);
                }
            }
        }
        if (repeats.isEmpty()) return new Result(text, repeats);
        StringBuilder out = new StringBuilder(text.length());
        boolean firstKept = true;
        for (int k = 0; k < lines.length; k++) {
            if (drop[k]) continue;
            if (!firstKept) out.append('\n');
            out.append(lines[k]);
            firstKept = false;
        }
        if (text.endsWith("\n") && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
        return new Result(out.toString(), repeats);
    }

    private static String blockText(String[] lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) b.append('\n');
            b.append(stripEnd(lines[k]));
        }
        return b.toString();
    }

    private static boolean isBlank(String line) { return line.isBlank(); }

    private static String stripEnd(String s) { return s.stripTrailing(); }
}
