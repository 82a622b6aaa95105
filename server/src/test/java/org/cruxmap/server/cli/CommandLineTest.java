package org.cruxmap.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir Path dir;

    private static final String GOOD = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/cruxmap/id/statement/a> a cm:Statement, cm:Claim ; rdfs:label "Coherence grows with scale" ; cm:status cm:secondary .
            """;

    @Test
    void aBrokenTurtleImportExitsTwoWithFileLineColumnAndLeavesTheExportUnchanged() throws Exception {
        Files.writeString(dir.resolve("good.ttl"), GOOD);
        Files.writeString(dir.resolve("broken.ttl"), "@prefix cm: <https://w3id.org/cruxmap/ns#> .\n\n<x> cm:text \"open\n");
        assertEquals(0, CliProcess.run(dir, "import", "good.ttl").exit());
        String before = CliProcess.run(dir, "export", "--format", "nq").out();

        CliProcess.Result broken = CliProcess.run(dir, "import", "broken.ttl");

        assertEquals(2, broken.exit());
        assertTrue(broken.err().matches("(?s)broken\\.ttl:\\d+:\\d+: error: .*"), broken.err());
        assertTrue(broken.err().contains("nothing of this file was written"), broken.err());
        assertEquals(before, CliProcess.run(dir, "export", "--format", "nq").out());
        assertTrue(before.contains("Coherence grows with scale"));
    }

    @Test
    void validateListsEveryViolationOfEveryShapeAndExitsTwo() throws Exception {
        Path bad = Path.of(getClass().getResource("/shapes/breaks-every-shape.ttl").toURI());
        CliProcess.Result r = CliProcess.run(dir, "validate", bad.toString());

        assertEquals(2, r.exit(), r.err());
        String[] expected = {
            "<https://w3id.org/cruxmap/id/statement/two-classes>: a statement must be exactly one of cm:Claim, cm:Crux, cm:Evidence",
            "<https://w3id.org/cruxmap/id/statement/no-label> cm:status: a statement needs exactly one cm:status among",
            "<https://w3id.org/cruxmap/id/statement/no-label> rdfs:label|cm:text: a statement needs a label",
            "<https://w3id.org/cruxmap/id/statement/no-status> cm:status: a statement needs exactly one cm:status",
            "<https://w3id.org/cruxmap/id/argument/no-premise> cm:premise: an argument needs at least one cm:premise",
            "<https://w3id.org/cruxmap/id/argument/no-premise> cm:conclusion: an argument needs at least one cm:conclusion",
            "<https://w3id.org/cruxmap/id/quote/backwards> cm:start: a quote's cm:start must be a non-negative integer below its cm:end",
            "<https://w3id.org/cruxmap/id/quote/backwards> cm:exact: a quote needs exactly one non-empty cm:exact",
            "<https://w3id.org/cruxmap/id/quote/backwards> cm:source: a quote needs exactly one cm:source",
            "<https://w3id.org/cruxmap/id/source/untitled> cm:title: a source needs a cm:title",
            "<https://w3id.org/cruxmap/id/crux-assertion/unnamed> cm:cruxFor: a crux assertion must name the statement it is a crux for",
            "<https://w3id.org/cruxmap/id/source/untitled-too>: only a statement or an argument can be the subject of a relation",
            "<https://w3id.org/cruxmap/id/statement/a> cm:supports: cm:supports must point to a statement or an argument",
        };
        for (String e : expected) assertTrue(r.err().contains(e), "missing: " + e + "\n" + r.err());
        assertTrue(r.err().contains("breaks-every-shape.ttl: error: shacl: "), r.err());
    }

    @Test
    void sparqlAnswersFromTheStoreAndReportsASyntaxErrorWithLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("good.ttl"), GOOD);
        CliProcess.run(dir, "import", "good.ttl");

        CliProcess.Result csv = CliProcess.run(dir, "sparql", "SELECT ?l WHERE { ?s a cm:Claim ; rdfs:label ?l }", "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertEquals("l\r\nCoherence grows with scale\r\n", csv.out());

        CliProcess.Result bad = CliProcess.run(dir, "sparql", "SELECT ?l WHERE {\n  ?s rdfs:label ?l");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("query:2:"), bad.err());
    }

    @Test
    void sparqlOnTheCommandLineReadsNoRecordsOfTheStoreAndMakesNoOutboundRequest() throws Exception {
        Files.writeString(dir.resolve("good.ttl"), GOOD);
        CliProcess.run(dir, "import", "good.ttl");
        for (String q : new String[] {
                "SELECT ?o FROM <urn:x-arq:DefaultGraph> WHERE { ?s cm:changeCounter ?o }",
                "SELECT ?o WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s cm:changeCounter ?o } }",
                "SELECT ?o WHERE { GRAPH ?g { ?s cm:changeCounter ?o } }"}) {
            CliProcess.Result r = CliProcess.run(dir, "sparql", q, "--format", "csv");
            assertEquals(0, r.exit(), r.err());
            assertEquals("o\r\n", r.out(), q);
        }
        CliProcess.Result describe = CliProcess.run(dir, "sparql", "DESCRIBE <https://w3id.org/cruxmap/system#store>", "--format", "nt");
        assertEquals(0, describe.exit(), describe.err());
        assertEquals("", describe.out().strip());

        CliProcess.Result service = CliProcess.run(dir, "sparql", "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertEquals(2, service.exit());
        assertTrue(service.err().startsWith("query: error: SERVICE is refused"), service.err());
    }

    @Test
    void aCharacterTheSparqlLexerRejectsIsReportedWhereItIsAndNamedNotNumbered() throws Exception {
        CliProcess.Result space = CliProcess.run(dir, "sparql", "SELEC ?l WHERE { ?s ?p ?l }");
        assertEquals(2, space.exit());
        assertTrue(space.err().startsWith("query:1:6: error: "), space.err());
        assertTrue(space.err().contains("Encountered: a space (U+0020)"), space.err());

        CliProcess.Result newline = CliProcess.run(dir, "sparql", "SELECT ?l WHERE {\n  ?s ?p \"a\nb\" }");
        assertEquals(2, newline.exit());
        assertTrue(newline.err().startsWith("query:2:11: error: "), newline.err());
        assertTrue(newline.err().contains("a line break (U+000A)"), newline.err());
    }

    @Test
    void theDataDirectoryComesFromTheOptionOrTheEnvironmentAndExportsReadBack() throws Exception {
        Files.writeString(dir.resolve("good.ttl"), GOOD);
        assertEquals(0, CliProcess.run(dir, "import", "good.ttl", "--data", "elsewhere").exit());
        assertTrue(Files.isDirectory(dir.resolve("elsewhere")));
        assertTrue(!Files.exists(dir.resolve("cruxmap-data")));

        assertEquals(0, CliProcess.run(dir, "export", "--data", "elsewhere", "--format", "trig", "--out", "backup.trig").exit());
        assertTrue(Files.readString(dir.resolve("backup.trig")).contains("<https://w3id.org/cruxmap/graph/good.ttl>"));
        CliProcess.Result again = CliProcess.run(dir, "import", "backup.trig", "--store", "mem");
        assertEquals(0, again.exit(), again.err());
    }

    @Test
    void anArgdownExportToAFolderImportsIntoAnEmptyStoreWithTheSameTriples() throws Exception {
        Path corpus = Path.of(System.getProperty("cruxmap.root"), "corpus", "coherence-agency");
        assertEquals(0, CliProcess.run(dir, "import", corpus.toString(), "--data", "one").exit());
        CliProcess.Result single = CliProcess.run(dir, "export", "--data", "one", "--format", "argdown", "--out", "map.argdown");
        assertEquals(0, single.exit(), single.err());
        CliProcess.Result lone = CliProcess.run(dir, "import", "map.argdown", "--data", "lone");
        assertEquals(2, lone.exit(), "a lone Argdown file lacks the texts its quotes need");
        assertTrue(lone.err().contains("map.argdown:") && lone.err().contains("no known full text"), lone.err());

        CliProcess.Result folder = CliProcess.run(dir, "export", "--data", "one", "--format", "argdown", "--out", "backup/");
        assertEquals(0, folder.exit(), folder.err());
        CliProcess.Result back = CliProcess.run(dir, "import", "backup", "--data", "two");
        assertEquals(0, back.exit(), back.err());
        org.apache.jena.rdf.model.Model[] merged = new org.apache.jena.rdf.model.Model[2];
        for (int i = 0; i < 2; i++) {
            String ttl = CliProcess.run(dir, "export", "--data", i == 0 ? "one" : "two", "--format", "ttl").out();
            merged[i] = org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                    .read(new java.io.StringReader(ttl), null, "TURTLE");
        }
        assertTrue(merged[0].size() > 1000);
        assertTrue(merged[0].isIsomorphicWith(merged[1]), "the re-imported store holds other triples");
    }

    @Test
    void aMistypedCommandOrOptionIsAUsageErrorWithExitTwo() throws Exception {
        assertEquals(2, CliProcess.run(dir, "imprt", "x.ttl").exit());
        CliProcess.Result none = CliProcess.run(dir);
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("give a command") && none.err().contains("import"), none.err());
        java.nio.file.Files.writeString(dir.resolve("one.ttl"), GOOD);
        CliProcess.Result badGraph = CliProcess.run(dir, "import", "one.ttl", "--graph", "not an iri");
        assertEquals(2, badGraph.exit());
        assertTrue(badGraph.err().contains("--graph must be an absolute IRI"), badGraph.err());
        CliProcess.Result badFormat = CliProcess.run(dir, "import", "one.ttl", "--format", "foo");
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("unknown format 'foo'; use one of ttl, trig, nt, nq"), badFormat.err());
        CliProcess.Result badResults = CliProcess.run(dir, "sparql", "ASK {}", "--format", "bogus");
        assertEquals(2, badResults.exit());
        assertTrue(badResults.err().contains("use one of table, json"), badResults.err());
        assertEquals(2, CliProcess.run(dir, "export", "--format", "docx").exit());
        CliProcess.Result missing = CliProcess.run(dir, "import", "nowhere.ttl");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nowhere.ttl: error: no such file"), missing.err());
        for (String c : new String[] {"serve", "import", "sparql", "export", "validate"}) {
            CliProcess.Result help = CliProcess.run(dir, c, "--help");
            assertEquals(0, help.exit(), c);
            assertTrue(help.out().contains("Usage: cruxmap " + c), help.out());
        }
    }
}
