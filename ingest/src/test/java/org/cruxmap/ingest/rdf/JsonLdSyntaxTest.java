package org.cruxmap.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.Lang;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.junit.jupiter.api.Test;

/** JSON-LD whose JSON does not parse is reported where the JSON breaks, not as a document that "could not be loaded". */
class JsonLdSyntaxTest {
    private static ReadResult read(String text) {
        return new RdfReader(Lang.JSONLD).read(text.getBytes(StandardCharsets.UTF_8), ReadContext.of("map.jsonld"));
    }

    @Test
    void brokenJsonIsAnErrorAtItsLineAndColumn() {
        ReadResult r = read("{\n  \"@id\": \"https://w3id.org/cruxmap/id/statement/a\",\n  \"http://www.w3.org/2000/01/rdf-schema#label\": \"A\"\n  \"x\": 1\n}\n");
        Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(4, d.line(), d.format());
        assertEquals(3, d.column(), d.format());
        assertTrue(d.message().startsWith("not well-formed JSON: "), d.message());
        assertTrue(d.format().startsWith("map.jsonld:4:3: error:"), d.format());
    }

    @Test
    void wellFormedJsonLdStillReads() {
        ReadResult r = read("{\"@id\": \"https://w3id.org/cruxmap/id/statement/a\", \"http://www.w3.org/2000/01/rdf-schema#label\": \"A\"}");
        assertEquals(1, r.model().size(), r.diagnostics().toString());
    }
}
