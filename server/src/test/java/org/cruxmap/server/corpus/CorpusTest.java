package org.cruxmap.server.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.shacl.ShaclCheck;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.analysis.CruxImpact;
import org.cruxmap.server.app.BundledCorpus;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled coherence-and-agency corpus: loads cleanly, every claim traced to its words, counts hold. */
class CorpusTest {
    static KnowledgeBase kb;
    static List<ImportOutcome> outcomes;
    static Model union;

    @BeforeAll
    static void load() {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        outcomes = BundledCorpus.loadIntoEmpty(kb);
        union = kb.store().read(ds -> ModelFactory.createDefaultModel().add(ds.getUnionModel()));
    }

    @AfterAll
    static void close() { kb.close(); }

    private static List<QuerySolution> select(String q) {
        return kb.store().read(ds -> {
            try (QueryExecution qe = QueryExecution.create().query(org.cruxmap.server.sparql.SparqlRunner.parse(q)).dataset(ds).build()) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(out::add);
                return out;
            }
        });
    }

    private static long count(String where) {
        return select("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + where + " }").get(0).getLiteral("n").getLong();
    }

    @Test
    void everyFileOfTheCorpusLoadsIntoItsOwnGraphWithoutErrors() {
        assertTrue(outcomes.size() >= 7, "four maps, the seed text, sources, people: " + outcomes.size());
        List<String> errors = new ArrayList<>();
        for (ImportOutcome o : outcomes) {
            o.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> errors.add(d.format()));
            assertTrue(o.written() || o.failed(), o.fileName());
        }
        assertEquals(List.of(), errors);
        assertEquals(outcomes.size(), kb.store().graphs().size());
    }

    @Test
    void theWholeCorpusConformsToTheShapes() {
        assertEquals(List.of(), ShaclCheck.check(union, "corpus").stream().map(Diagnostic::format).toList());
    }

    @Test
    void theCountsOfTheResearchNotesHold() {
        assertTrue(count("?x a cm:Claim") >= 27, "claims");
        assertTrue(count("?x a cm:Crux") >= 7, "cruxes");
        assertTrue(count("?x a cm:Evidence") >= 10, "evidence");
        assertTrue(count("?x a cm:Person") >= 11, "people");
        assertTrue(count("?x a cm:Source") >= 15, "sources");
    }

    @Test
    void everyQuoteIsFoundAtItsStoredOffsetsInItsSourceText() {
        var quotes = select("SELECT ?q ?exact ?start ?end ?text WHERE { ?q a cm:Quote ; cm:exact ?exact ; cm:source ?s ; cm:start ?start ; cm:end ?end . ?s cm:fullText ?text }");
        assertTrue(quotes.size() >= 14, "quotes with offsets: " + quotes.size());
        for (QuerySolution q : quotes) {
            String text = q.getLiteral("text").getString();
            int start = q.getLiteral("start").getInt();
            int end = q.getLiteral("end").getInt();
            String span = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(q.getLiteral("exact").getString(), span, q.getResource("q").getURI());
        }
        assertEquals(0, count("?x a cm:Quote . FILTER NOT EXISTS { ?x cm:start ?s }"), "every quote is anchored");
    }

    @Test
    void theFourteenClaimsOfTheSeedCommentEachCarryAnAnchoredQuote() {
        assertTrue(count("?x a cm:Claim ; cm:quote ?q . ?q cm:source id:source\\/seed-comment ; cm:start ?s") >= 14);
    }

    @Test
    void theSeedTextIsStoredOnceAlthoughTheFileRepeatsIt() throws Exception {
        String full = union.getResource(CM.ID_BASE + "source/seed-comment").getProperty(CM.fullText).getString();
        String file = Files.readString(Path.of(System.getProperty("cruxmap.root"), "corpus/coherence-agency/texts/seed-comment.txt"), StandardCharsets.UTF_8);
        String firstLine = file.lines().findFirst().orElseThrow();
        assertEquals(2, file.split(java.util.regex.Pattern.quote(firstLine), -1).length - 1, "the file holds it twice");
        assertEquals(1, full.split(java.util.regex.Pattern.quote(firstLine), -1).length - 1, "the store holds it once");
    }

    @Test
    void noRelationPointsToANodeThatIsDefinedNowhere() {
        List<String> dangling = new ArrayList<>();
        for (var p : CM.RELATIONS) {
            union.listStatements(null, p, (RDFNode) null).forEachRemaining(s -> {
                if (!union.contains(s.getSubject(), RDF.type)) dangling.add(s.getSubject() + " (subject of " + p.getLocalName() + ")");
                if (!s.getObject().isResource() || !union.contains(s.getResource(), RDF.type)) dangling.add(s.getObject() + " (object of " + p.getLocalName() + ")");
            });
        }
        for (var p : List.of(CM.heldBy, CM.rejectedBy, CM.source, CM.author, CM.agent, CM.crux, CM.cruxFor, CM.premise, CM.conclusion)) {
            union.listStatements(null, p, (RDFNode) null).forEachRemaining(s -> {
                if (!s.getObject().isResource() || !union.contains(s.getResource(), RDF.type)) dangling.add(s.getObject() + " (object of " + p.getLocalName() + ")");
            });
        }
        assertEquals(List.of(), dangling);
    }

    @Test
    void everyStatementAndSourceCarriesAnEpistemicStatus() {
        assertEquals(0, count("{ ?x a cm:Statement } UNION { ?x a cm:Claim } UNION { ?x a cm:Crux } UNION { ?x a cm:Evidence } UNION { ?x a cm:Source } FILTER NOT EXISTS { ?x cm:status ?s }"));
    }

    @Test
    void theSeedAuthorsExplicitNonCruxIsPresentAndNeverCountsAsACrux() {
        var rows = select("SELECT ?a ?for WHERE { ?a a cm:CruxAssertion ; cm:agent id:person\\/seed-author ; cm:isCrux false ; cm:cruxFor ?for ; cm:source id:source\\/seed-comment }");
        assertFalse(rows.isEmpty(), "the seed author's 'isn't a crux for any of my own beliefs'");
        assertEquals(0, count("?neg a cm:CruxAssertion ; cm:agent id:person\\/seed-author ; cm:isCrux false ; cm:crux ?c . "
                + "?x a cm:CruxAssertion ; cm:agent id:person\\/seed-author ; cm:isCrux true ; cm:crux ?c"),
                "what the seed author says is not a crux for them is nowhere said to be one");
    }

    @Test
    void theUnidentifiedStayUnidentifiedAndSaySo() {
        var seedAuthor = union.getResource(CM.ID_BASE + "person/seed-author");
        assertEquals(CM.unverified, seedAuthor.getPropertyResourceValue(CM.status));
        assertTrue(union.getResource(CM.ID_BASE + "source/seed-comment").hasProperty(CM.status, CM.unverified));
    }

    @Test
    void everyCruxOfTheCorpusDecidesWhatItIsACruxForButNotWhatTheSeedAuthorDeniesItIsACruxFor() {
        List<CruxImpact.Impact> all = CruxImpact.all(union);
        assertFalse(all.isEmpty());
        for (CruxImpact.Impact i : all) assertTrue(i.impact() > 0, i.crux().label() + " swings nothing");
        CruxImpact.Impact route = all.stream().filter(i -> i.crux().label().equals("Does the route to coherence change the risk?"))
                .findFirst().orElseThrow();
        Set<String> via = route.changes().stream().filter(c -> c.via() != null).map(c -> c.via().label()).collect(Collectors.toSet());
        assertTrue(via.contains("Coherence route via scaling transformers"), via.toString());
        assertTrue(via.contains("Pretrained LLMs are dynamical systems, not optimizers"), via.toString());
        assertFalse(via.contains("Coherence and agency go with general planning ability"), "the seed author says it is not a crux for this");
        assertFalse(via.contains("A country of geniuses must pursue long-horizon goals coherently"), "the seed author says it is not a crux for this");
    }
}
