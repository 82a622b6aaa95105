package org.cruxmap.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.junit.jupiter.api.Test;

/** Turtle files are read as the grammar says: the last statement ends with '.' like the others; TriG as older exporters write it. */
class FinalDotTest {
    private static final String PREFIXES = "@prefix cm: <https://w3id.org/cruxmap/ns#> .\n@prefix s: <https://w3id.org/cruxmap/id/statement/> .\n";

    private static ReadResult read(Lang lang, String text, String file) {
        return new RdfReader(lang).read(text.getBytes(StandardCharsets.UTF_8), ReadContext.of(file));
    }

    private static List<Diagnostic> errors(ReadResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void aTurtleFileWhoseLastStatementLacksItsDotIsAnErrorWithItsLocation() {
        ReadResult r = read(Lang.TURTLE, PREFIXES + "s:a a cm:Claim .\ns:b a cm:Claim ; cm:text \"B\"\n", "nodot.ttl");
        List<Diagnostic> errors = errors(r);
        assertEquals(1, errors.size(), r.diagnostics().toString());
        assertEquals("nodot.ttl", errors.get(0).file());
        assertTrue(errors.get(0).line() >= 4, "the error is at the end of the file: " + errors.get(0));
        assertTrue(errors.get(0).message().contains("DOT"), errors.get(0).message());
    }

    @Test
    void theSameTurtleWithItsDotReadsWithoutDiagnostics() {
        ReadResult r = read(Lang.TURTLE, PREFIXES + "s:a a cm:Claim .\ns:b a cm:Claim ; cm:text \"B\" .\n", "dot.ttl");
        assertEquals(List.of(), r.diagnostics());
        assertEquals(3, r.model().size());
    }

    @Test
    void aTurtlePrefixWithoutItsDotIsAnErrorToo() {
        ReadResult r = read(Lang.TURTLE, "@prefix cm: <https://w3id.org/cruxmap/ns#>\n<urn:a> a cm:Claim .\n", "prefix.ttl");
        assertEquals(1, errors(r).size(), r.diagnostics().toString());
        assertEquals(2, errors(r).get(0).line(), "Jena notices at the next line: " + errors(r).get(0));
    }

    @Test
    void trigStaysLenientForTheDotThatOlderExportersWriteAfterAGraphBlock() {
        ReadResult block = read(Lang.TRIG, PREFIXES + "<urn:g> { s:a a cm:Claim } .\n", "block.trig");
        assertEquals(List.of(), errors(block));
        assertEquals(1, block.model().size());
    }
}
