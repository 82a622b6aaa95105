package org.cruxmap.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.Severity;
import org.cruxmap.ontology.CM;
import org.junit.jupiter.api.Test;

/**
 * The seed comment as scraped ({@code shared/seed/000_ede19d7e3ed1d3c6.txt}) holds its paragraphs
 * twice over: lines 6 to 10 repeat lines 1 to 5. It must be stored once, with a warning per repeat.
 */
class SeedTextTest {
    private static final Path SEED = Path.of(System.getProperty("cruxmap.conformance", "../../shared/conformance"))
            .resolveSibling("seed").resolve("000_ede19d7e3ed1d3c6.txt");

    @Test
    void theSeedCommentsRepeatedParagraphsAreStoredOnceWithAWarningAtEachRepeat() throws Exception {
        List<String> lines = Files.readAllLines(SEED);
        assertEquals(10, lines.size(), "the seed file as it was scraped");
        assertEquals(lines.subList(0, 5), lines.subList(5, 10), "the second half repeats the first");

        ReadResult result = Ingest.standard().read(Files.readAllBytes(SEED), Format.TEXT, ReadContext.of("texts/seed-comment.txt"));

        assertEquals(List.of(), result.errors());
        Resource source = result.model().getResource(CM.ID_BASE + "source/seed-comment");
        String stored = source.getProperty(CM.fullText).getString();
        assertEquals(String.join("\n", lines.subList(0, 5)), stored);
        List<Diagnostic> warnings = result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        assertEquals(List.of(6, 7, 8, 9, 10), warnings.stream().map(Diagnostic::line).toList());
        assertTrue(warnings.stream().allMatch(d -> d.code().equals("repeated-paragraph") && d.message().contains("line " + (d.line() - 5))),
                () -> "each warning names the first occurrence: " + warnings);
        assertEquals("seed-comment", source.getProperty(CM.title).getString());
    }

    @Test
    void aQuoteFromTheSeedResolvesToTheSameOffsetsInTheStoredText() throws Exception {
        ReadResult result = Ingest.standard().read(Files.readAllBytes(SEED), Format.TEXT, ReadContext.of("seed-comment.txt"));
        String stored = result.model().getResource(CM.ID_BASE + "source/seed-comment").getProperty(CM.fullText).getString();
        String quote = "a country of geniuses in a datacenter";
        QuoteAnchor.Anchor a = QuoteAnchor.find(stored, quote).orElseThrow();
        assertEquals(1, QuoteAnchor.findAll(stored, quote).size(), "once the repeat is gone, the quote is unique");
        assertEquals(quote, new String(stored.codePoints().skip(a.start()).limit(a.end() - a.start()).toArray(), 0, a.end() - a.start()));
    }
}
