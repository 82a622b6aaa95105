package org.cruxmap.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds an exact quote in a source's full text and describes where it is the way W3C Web
 * Annotation selectors do: start and end in code points (end exclusive, as {@code cm:start} and
 * {@code cm:end}), and up to 32 code points of text before and after it.
 */
public final class QuoteAnchor {
    /** How many code points of context the prefix and the suffix carry. */
    public static final int CONTEXT = 32;

    /** One occurrence of a quote: text-position selector (start, end) and text-quote selector (exact, prefix, suffix). */
    public record Anchor(int start, int end, String exact, String prefix, String suffix) {}

    private QuoteAnchor() {}

    /** The first occurrence of the quote, or empty when it does not occur (or is empty). */
    public static Optional<Anchor> find(String fullText, String quote) {
        List<Anchor> all = findAll(fullText, quote);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * The one occurrence of the quote whose preceding text ends with {@code prefix}; empty when no
     * occurrence or more than one matches. An empty prefix only matches a quote that occurs once.
     */
    public static Optional<Anchor> find(String fullText, String quote, String prefix) {
        List<Anchor> matching = findAll(fullText, quote).stream()
                .filter(a -> precedingText(fullText, a).endsWith(prefix))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /** Every occurrence of the quote, overlapping ones included, in text order. */
    public static List<Anchor> findAll(String fullText, String quote) {
        List<Anchor> out = new ArrayList<>();
        if (quote == null || quote.isEmpty() || fullText == null) return out;
        int from = 0;
        int codePointsBefore = 0;
        int counted = 0;
        while (true) {
            int at = fullText.indexOf(quote, from);
            if (at < 0) return out;
            codePointsBefore += fullText.codePointCount(counted, at);
            counted = at;
            out.add(anchorAt(fullText, at, quote, codePointsBefore));
            from = fullText.offsetByCodePoints(at, 1);
        }
    }

    private static Anchor anchorAt(String text, int at, String quote, int start) {
        int end = start + quote.codePointCount(0, quote.length());
        int afterQuote = at + quote.length();
        int prefixFrom = Math.max(0, offsetBack(text, at, CONTEXT));
        int suffixTo = offsetForward(text, afterQuote, CONTEXT);
        return new Anchor(start, end, quote, text.substring(prefixFrom, at), text.substring(afterQuote, suffixTo));
    }

    private static String precedingText(String text, Anchor a) {
        int at = text.offsetByCodePoints(0, a.start());
        return text.substring(0, at);
    }

    private static int offsetBack(String text, int index, int codePoints) {
        int i = index;
        for (int n = 0; n < codePoints && i > 0; n++) i = text.offsetByCodePoints(i, -1);
        return i;
    }

    private static int offsetForward(String text, int index, int codePoints) {
        int i = index;
        for (int n = 0; n < codePoints && i < text.length(); n++) i = text.offsetByCodePoints(i, 1);
        return i;
    }
}
