package org.cruxmap.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteAnchorTest {

    @Test
    void offsetsCountCodePointsSoAnEmojiBeforeTheQuoteCountsOnce() {
        String text = "\uD83D\uDE00 coherence is not agency";
        QuoteAnchor.Anchor a = QuoteAnchor.find(text, "coherence").orElseThrow();
        assertEquals(2, a.start());
        assertEquals(11, a.end());
        assertEquals("\uD83D\uDE00 ", a.prefix());
        assertEquals(" is not agency", a.suffix());
    }

    @Test
    void prefixAndSuffixCarryAtMost32CodePoints() {
        String before = "a".repeat(40);
        String after = "b".repeat(40);
        QuoteAnchor.Anchor a = QuoteAnchor.find(before + "QUOTE" + after, "QUOTE").orElseThrow();
        assertEquals("a".repeat(32), a.prefix());
        assertEquals("b".repeat(32), a.suffix());
        assertEquals(40, a.start());
        assertEquals(45, a.end());
    }

    @Test
    void aQuoteThatIsNotInTheTextIsEmpty() {
        assertTrue(QuoteAnchor.find("the hot mess paper", "hot-mess").isEmpty());
        assertTrue(QuoteAnchor.find("anything", "").isEmpty());
    }

    @Test
    void aQuoteFoundTwiceIsAmbiguousUnlessAPrefixPicksOne() {
        String text = "Soares says agents. Later, Turner says agents.";
        List<QuoteAnchor.Anchor> all = QuoteAnchor.findAll(text, "agents");
        assertEquals(2, all.size());
        assertTrue(QuoteAnchor.find(text, "agents", "").isEmpty(), "two matches and no prefix is ambiguous");
        assertEquals(all.get(1), QuoteAnchor.find(text, "agents", "Turner says ").orElseThrow());
    }

    @Test
    void overlappingOccurrencesAreAllFound() {
        assertEquals(List.of(0, 1, 2), QuoteAnchor.findAll("aaaa", "aa").stream().map(QuoteAnchor.Anchor::start).toList());
    }
}
