package org.cruxmap.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store with one named graph answers queries as GRAPH <g> { ... }: found only when there is
 * exactly one graph, and giving the answers the union default graph gives, query shape by shape.
 */
class OnlyDataGraphTest {
    private static final Node MAP = NodeFactory.createURI("https://w3id.org/cruxmap/graph/map.ttl");
    private static final Node OTHER = NodeFactory.createURI("https://w3id.org/cruxmap/graph/other.ttl");
    private static final String P = "PREFIX cm: <https://w3id.org/cruxmap/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final String DATA = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            id:a a cm:Statement, cm:Claim ; rdfs:label "A claim" ; cm:status cm:verified ; cm:supports id:b .
            id:b a cm:Statement, cm:Crux ; rdfs:label "B crux", "B, again"@en ; cm:status cm:secondary ; cm:attacks id:c .
            id:c a cm:Statement, cm:Evidence ; rdfs:label "C evidence" ; cm:status cm:verified ; cm:supports id:a .
            id:d a cm:Statement, cm:Claim ; cm:status cm:unverified .
            id:q a cm:Quote ; cm:exact "the words" ; cm:source [ a cm:Source ; cm:title "A source" ] .
            """;

    @TempDir Path dir;

    static List<String> queries() {
        return List.of(
                "SELECT ?s ?l WHERE { ?s a cm:Claim ; rdfs:label ?l }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s a cm:Statement ; cm:status cm:verified }",
                "SELECT ?s ?l WHERE { ?s a cm:Statement OPTIONAL { ?s rdfs:label ?l } }",
                "SELECT ?g ?s WHERE { GRAPH ?g { ?s cm:supports ?o } }",
                "SELECT ?s WHERE { ?s a cm:Statement FILTER NOT EXISTS { ?s rdfs:label ?l } }",
                "SELECT ?s WHERE { ?s a cm:Statement MINUS { ?s cm:status cm:verified } }",
                "SELECT ?s ?n WHERE { ?s a cm:Statement { SELECT ?s (COUNT(?l) AS ?n) WHERE { ?s rdfs:label ?l } GROUP BY ?s } }",
                "SELECT ?x WHERE { <https://w3id.org/cruxmap/id/a> (cm:supports|cm:attacks)+ ?x }",
                "SELECT ?s ?k WHERE { VALUES ?k { cm:verified cm:secondary } ?s cm:status ?k } ORDER BY ?s",
                "SELECT ?t WHERE { ?q cm:source ?src . ?src cm:title ?t BIND(STRLEN(?t) AS ?n) FILTER(?n > 2) }",
                "SELECT * WHERE { GRAPH <https://w3id.org/cruxmap/graph/map.ttl> { ?s cm:attacks ?o } }",
                "SELECT ?s WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }",
                "SELECT ?s WHERE { ?s a cm:Claim } ORDER BY ?s LIMIT 1 OFFSET 1",
                "SELECT ?s (EXISTS { ?s cm:supports ?o } AS ?supports) WHERE { ?s a cm:Statement }",
                "SELECT ?s ?l WHERE { ?s rdfs:label ?l } VALUES ?s { <https://w3id.org/cruxmap/id/a> <https://w3id.org/cruxmap/id/b> }",
                "SELECT ?k (COUNT(?s) AS ?n) WHERE { ?s cm:status ?k } GROUP BY ?k HAVING (COUNT(?s) > 1)",
                "ASK { ?s cm:attacks ?o }",
                "CONSTRUCT { ?s cm:supportedBy ?o } WHERE { ?o cm:supports ?s }",
                "DESCRIBE ?s WHERE { ?s a cm:Crux }",
                "DESCRIBE <https://w3id.org/cruxmap/id/b>");
    }

    @Test
    void theOnlyGraphIsFoundAndTwoGraphsOrNoneGiveNothing() {
        try (LocalStore store = LocalStore.tdb2(dir.resolve("tdb2"))) {
            assertEquals(Optional.empty(), only(store), "an empty store");
            add(store, MAP);
            assertEquals(Optional.of(MAP), only(store));
            add(store, OTHER);
            assertEquals(Optional.empty(), only(store), "two graphs: the union is not one of them");
            store.write(ds -> ds.asDatasetGraph().removeGraph(MAP));
            assertEquals(Optional.of(OTHER), only(store));
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void aQueryReadingTheOnlyGraphAnswersAsTheUnionDoes(String text) {
        try (LocalStore store = LocalStore.tdb2(dir.resolve("tdb2"))) {
            add(store, MAP);
            Query union = QueryFactory.create(P + text);
            Query scoped = OnlyDataGraph.scoped(union, MAP);
            if (union.getQueryPattern() != null) assertNotEquals(union.toString(), scoped.toString());
            store.read(ds -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                if (union.isSelectType()) {
                    RowSetRewindable a = QueryExec.dataset(dsg).query(union).select().rewindable();
                    RowSetRewindable b = QueryExec.dataset(dsg).query(scoped).select().rewindable();
                    assertTrue(a.size() > 0 || text.contains("DefaultGraph"), "the query finds something: " + text);
                    a.reset();
                    assertTrue(ResultsCompare.equalsByTerm(a, b), text);
                } else if (union.isAskType()) {
                    assertEquals(QueryExec.dataset(dsg).query(union).ask(), QueryExec.dataset(dsg).query(scoped).ask());
                } else {
                    Graph a = union.isConstructType() ? QueryExec.dataset(dsg).query(union).construct() : QueryExec.dataset(dsg).query(union).describe();
                    Graph b = union.isConstructType() ? QueryExec.dataset(dsg).query(scoped).construct() : QueryExec.dataset(dsg).query(scoped).describe();
                    assertTrue(a.size() > 0, text);
                    assertTrue(a.isIsomorphicWith(b), text);
                }
                return null;
            });
        }
    }

    private static Optional<Node> only(LocalStore store) { return store.read(ds -> OnlyDataGraph.of(ds.asDatasetGraph())); }

    private static void add(LocalStore store, Node graph) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(DATA)).lang(Lang.TURTLE).parse(g);
        store.write(ds -> g.find().forEachRemaining(t -> ds.asDatasetGraph().add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
    }
}
