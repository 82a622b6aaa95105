package org.cruxmap.ingest.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.SourceTexts;
import org.cruxmap.ingest.shacl.ShaclCheck;
import org.cruxmap.ontology.CM;
import org.junit.jupiter.api.Test;

/** The mapping of Argdown to the Cruxmap vocabulary, on a sample written with the Cruxmap YAML keys. */
class ArgdownMappingTest {
    static final String DIR = "/argdown/conventions/";
    static final String ID = CM.ID_BASE;

    static String resource(String name) throws IOException {
        try (InputStream in = ArgdownMappingTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ReadContext sampleContext() throws IOException {
        return ReadContext.of("hot-mess.argdown").withTexts(SourceTexts.of(Map.of(ID + "source/hot-mess-paper", resource("hot-mess-paper.txt"))));
    }

    static ReadResult readSample() throws IOException {
        return new ArgdownReader().read(resource("hot-mess.argdown").getBytes(StandardCharsets.UTF_8), sampleContext());
    }

    /** The sources and people the sample names, as the corpus's Turtle files would give them. */
    static Model corpusMetadata() {
        Model m = ModelFactory.createDefaultModel();
        for (String s : List.of("hot-mess-paper", "seed-comment")) {
            m.createResource(ID + "source/" + s).addProperty(RDF.type, CM.Source).addProperty(CM.title, s);
        }
        for (String p : List.of("jascha", "nate-soares")) {
            m.createResource(ID + "person/" + p).addProperty(RDF.type, CM.Person).addProperty(CM.name, p);
        }
        return m;
    }

    @Test
    void theSampleMapsToTheGraphTheConventionsDescribe() throws IOException {
        ReadResult result = readSample();
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        Model expected = ModelFactory.createDefaultModel();
        try (InputStream in = getClass().getResourceAsStream(DIR + "hot-mess.expected.ttl")) {
            RDFDataMgr.read(expected, in, Lang.TURTLE);
        }
        if (!expected.isIsomorphicWith(result.model())) {
            RDFDataMgr.write(System.out, result.model(), Lang.TURTLE);
        }
        assertTrue(expected.isIsomorphicWith(result.model()), "the sample's graph differs from hot-mess.expected.ttl");
    }

    @Test
    void theSamplePassesTheShapesWithItsSourcesAndPeople() throws IOException {
        Model all = corpusMetadata().add(readSample().model());
        assertEquals(List.of(), ShaclCheck.check(all, "hot-mess.argdown"));
    }

    @Test
    void aQuoteNotFoundInItsSourceIsAnErrorAtTheStatementsLine() throws IOException {
        String text = "[A]: a claim\n\n[B]: another claim\n  {source: hot-mess-paper, quote: \"words nobody wrote\"}\n";
        ReadResult r = new ArgdownReader().read(text.getBytes(StandardCharsets.UTF_8), sampleContext());
        List<Diagnostic> errors = r.errors();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("quote-not-found", errors.get(0).code());
        assertEquals(3, errors.get(0).line());
    }

    @Test
    void aQuoteWhoseSourceHasNoTextIsAnError() {
        String text = "[B]: a claim {source: unknown-paper, quote: \"anything\"}\n";
        ReadResult r = new ArgdownReader().read(text.getBytes(StandardCharsets.UTF_8), ReadContext.of("x.argdown"));
        assertEquals(List.of("quote-no-text"), r.errors().stream().map(Diagnostic::code).toList());
    }

    @Test
    void untitledStatementsOfTwoFilesNeverMerge() {
        byte[] text = "Some claim\n".getBytes(StandardCharsets.UTF_8);
        Model a = new ArgdownReader().read(text, ReadContext.of("one.argdown")).model();
        Model b = new ArgdownReader().read(text, ReadContext.of("two.argdown")).model();
        assertTrue(a.containsResource(a.createResource(ID + "statement/one-untitled-1")));
        assertTrue(b.containsResource(b.createResource(ID + "statement/two-untitled-1")));
        assertEquals("Some claim", a.getResource(ID + "statement/one-untitled-1").getProperty(RDFS.label).getString());
    }

    @Test
    void aStatementOnlyReferencedGetsNoTypeOrStatus() {
        byte[] text = "[Defined]: some text\n  +> [Elsewhere]\n".getBytes(StandardCharsets.UTF_8);
        Model m = new ArgdownReader().read(text, ReadContext.of("x.argdown")).model();
        Resource elsewhere = m.createResource(ID + "statement/elsewhere");
        assertFalse(m.contains(elsewhere, RDF.type));
        assertFalse(m.contains(elsewhere, CM.status));
        assertTrue(m.contains(m.createResource(ID + "statement/defined"), CM.supports, elsewhere));
    }

    @Test
    void anUnknownStatusIsAnError() {
        byte[] text = "[A]: text {status: probably}\n".getBytes(StandardCharsets.UTF_8);
        ReadResult r = new ArgdownReader().read(text, ReadContext.of("x.argdown"));
        assertEquals(List.of("argdown-status"), r.errors().stream().map(Diagnostic::code).toList());
    }

    @Test
    void invalidUtf8IsADiagnosticNotAnException() {
        ReadResult r = new ArgdownReader().read(new byte[] {'[', 'A', ']', ':', ' ', (byte) 0xC3, (byte) 0x28}, ReadContext.of("x.argdown"));
        assertEquals(List.of("encoding"), r.errors().stream().map(Diagnostic::code).toList());
    }
}
