package org.cruxmap.server.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.shacl.ShaclCheck;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapGeneratorTest {
    private static final long N = 4000;

    @TempDir static Path dir;
    static GenerateSummary nq;
    static GenerateSummary argdown;
    static Model fromNq;
    static Model fromArgdown;
    static List<Diagnostic> nqDiagnostics;
    static List<Diagnostic> argdownDiagnostics;

    @BeforeAll
    static void generateAndImportBothFormats() throws IOException {
        nq = new MapGenerator(N, 11).writeNQuads(dir.resolve("a.nq"));
        argdown = new MapGenerator(N, 11).writeArgdown(dir.resolve("a-argdown"));
        nqDiagnostics = new ArrayList<>();
        argdownDiagnostics = new ArrayList<>();
        fromNq = importAll(List.of(dir.resolve("a.nq")), nqDiagnostics);
        try (Stream<Path> files = Files.walk(dir.resolve("a-argdown"))) {
            fromArgdown = importAll(files.filter(Files::isRegularFile).sorted().toList(), argdownDiagnostics);
        }
    }

    /** Imports the files into a fresh store and returns the union of their graphs (the system graph left out). */
    private static Model importAll(List<Path> files, List<Diagnostic> diagnostics) throws IOException {
        List<ImportRequest> requests = new ArrayList<>();
        for (Path f : files) requests.add(ImportRequest.of(f.toString(), Files.readAllBytes(f)));
        try (KnowledgeBase kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard())) {
            for (ImportOutcome o : kb.importAll(requests, false)) {
                diagnostics.addAll(o.diagnostics());
                assertTrue(o.written(), o.fileName() + " was not written: " + o.diagnostics());
            }
            return kb.store().read(ds -> {
                Model union = ModelFactory.createDefaultModel();
                ds.listNames().forEachRemaining(g -> { if (!g.equals(CM.SYSTEM_GRAPH)) union.add(ds.getNamedModel(g)); });
                return union;
            });
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalNQuadsAndAnotherSeedDifferentOnes() throws IOException {
        new MapGenerator(N, 11).writeNQuads(dir.resolve("again.nq"));
        new MapGenerator(N, 12).writeNQuads(dir.resolve("other.nq"));
        byte[] first = Files.readAllBytes(dir.resolve("a.nq"));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("again.nq")));
        assertFalse(Arrays.equals(first, Files.readAllBytes(dir.resolve("other.nq"))));
    }

    @Test
    void theSameSeedGivesByteIdenticalArgdownFoldersAndAnotherSeedDifferentOnes() throws IOException {
        new MapGenerator(N, 11).writeArgdown(dir.resolve("again-argdown"));
        new MapGenerator(N, 12).writeArgdown(dir.resolve("other-argdown"));
        assertEquals(snapshot(dir.resolve("a-argdown")), snapshot(dir.resolve("again-argdown")));
        assertFalse(snapshot(dir.resolve("a-argdown")).equals(snapshot(dir.resolve("other-argdown"))));
    }

    private static List<String> snapshot(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.add(folder.relativize(f) + "\n" + Files.readString(f));
            }
        }
        return out;
    }

    @Test
    void bothFormatsImportWithNoErrorsAndNoWarnings() {
        assertEquals(List.of(), nqDiagnostics.stream().filter(d -> d.severity() != org.cruxmap.ingest.Severity.INFO).toList());
        assertEquals(List.of(), argdownDiagnostics.stream().filter(d -> d.severity() != org.cruxmap.ingest.Severity.INFO).toList());
    }

    @Test
    void theNQuadsCarryExactlyTheTriplesTheSummaryCountsAndAboutTheTarget() {
        assertEquals(nq.triples(), fromNq.size());
        assertTrue(nq.triples() >= N && nq.triples() < N + 200, "triples: " + nq.triples());
    }

    @Test
    void theArgdownFolderReadsIntoTheSameGraphAsTheNQuads() {
        Model onlyNq = fromNq.difference(fromArgdown);
        Model onlyArgdown = fromArgdown.difference(fromNq);
        assertTrue(onlyNq.isEmpty() && onlyArgdown.isEmpty(), "only in N-Quads: " + sample(onlyNq) + "\nonly in Argdown: " + sample(onlyArgdown));
        assertEquals(argdown, nq);
    }

    private static String sample(Model m) {
        return m.listStatements().toList().stream().limit(8).map(Object::toString).toList().toString();
    }

    @Test
    void theWholeMapConformsToTheShapes() {
        assertEquals(List.of(), ShaclCheck.check(fromNq, "synthetic.nq"));
    }

    @Test
    void everyQuoteIsFoundInItsSourceTextAtItsOffsets() {
        List<String> wrong = new ArrayList<>();
        int[] seen = {0};
        select("SELECT ?q ?exact ?start ?end ?text WHERE { ?q a cm:Quote ; cm:exact ?exact ; cm:start ?start ; cm:end ?end ; "
                + "cm:source/cm:fullText ?text }", row -> {
            seen[0]++;
            String text = row.getLiteral("text").getString();
            int start = row.getLiteral("start").getInt();
            int end = row.getLiteral("end").getInt();
            String at = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            if (!at.equals(row.getLiteral("exact").getString())) wrong.add(row.getResource("q").getURI());
        });
        assertEquals(nq.quotes(), seen[0]);
        assertTrue(seen[0] > 10, "quotes: " + seen[0]);
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRelationAndCruxAssertionPointsAtAStatementTheMapDefines() {
        List<String> dangling = new ArrayList<>();
        select("SELECT DISTINCT ?x WHERE { { ?s cm:supports|cm:attacks|cm:isEvidenceFor|cm:isEvidenceAgainst|cm:respondsTo|cm:isCruxFor ?x } "
                + "UNION { ?a cm:cruxFor ?x } FILTER NOT EXISTS { ?x a cm:Statement } }", row -> dangling.add(row.getResource("x").getURI()));
        assertEquals(List.of(), dangling);
    }

    @Test
    void theMapHasEveryKindOfPartARealMapHas() {
        assertTrue(nq.claims() > 50 && nq.cruxes() >= 3 && nq.evidence() > 10 && nq.sources() >= 3 && nq.people() >= 6, nq.describe());
        assertEquals(1, count("ASK { ?a a cm:CruxAssertion ; cm:isCrux false ; cm:agent ?p }"), "an agent-relative 'not a crux'");
        assertEquals(1, count("ASK { ?a a cm:CruxAssertion ; cm:isCrux true ; cm:agent ?p }"), "an agent-relative crux");
        assertEquals(1, count("ASK { ?s cm:rejectedBy ?p ; cm:heldBy ?q }"), "a statement held by one and rejected by another");
        assertEquals(1, count("ASK { ?s cm:section ?a . ?t cm:section ?b . ?s cm:supports|cm:attacks ?t FILTER (?a != ?b) }"),
                "a cross-link between topics");
        assertEquals(1, count("ASK { ?s cm:attacks ?t } "), "an attack");
        assertEquals(1, count("ASK { ?s cm:isEvidenceAgainst ?t } "), "evidence against");
    }

    private static int count(String ask) {
        try (QueryExecution qe = QueryExecution.create().query("PREFIX cm: <" + CM.NS + "> " + ask).model(fromNq).build()) {
            return qe.execAsk() ? 1 : 0;
        }
    }

    private static void select(String query, java.util.function.Consumer<org.apache.jena.query.QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.create().query("PREFIX cm: <" + CM.NS + "> " + query).model(fromNq).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }
}
