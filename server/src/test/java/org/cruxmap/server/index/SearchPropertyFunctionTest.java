package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.cruxmap.server.sparql.SparqlRunner;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.Test;

/** cm:search from SPARQL, joined with graph patterns over the same store. */
class SearchPropertyFunctionTest {
    private static List<QuerySolution> select(org.cruxmap.server.store.Store store, String sparql) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create().query(SparqlRunner.parse(sparql)).dataset(ds).build()) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(out::add);
                return out;
            }
        });
    }

    @Test
    void hitsJoinWithTheGraphToFindCruxesForAClaimAboutVariance() {
        try (IndexFixtures.Kb kb = IndexFixtures.Kb.inMemory()) {
            IndexFixtures.load(kb.kb(), "map.ttl", IndexFixtures.MAP);
            List<QuerySolution> rows = select(kb.kb().store(), """
                    SELECT ?node ?score ?label WHERE {
                      (?node ?score) cm:search "variance" .
                      ?node cm:isCruxFor ?target ; rdfs:label ?label .
                    } ORDER BY DESC(?score)""");
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("https://w3id.org/cruxmap/id/statement/rock", rows.get(0).getResource("node").getURI());
            assertTrue(rows.get(0).getLiteral("score").getDouble() > 0);
        }
    }

    @Test
    void theSingleVariableFormTheLimitAndABoundNodeAllWork() {
        try (IndexFixtures.Kb kb = IndexFixtures.Kb.inMemory()) {
            IndexFixtures.load(kb.kb(), "map.ttl", IndexFixtures.MAP);
            assertEquals(3, select(kb.kb().store(), "SELECT ?n WHERE { ?n cm:search \"variance\" }").size());
            assertEquals(1, select(kb.kb().store(), "SELECT ?n ?s WHERE { (?n ?s) cm:search (\"variance\" 1) }").size());
            assertEquals(1, select(kb.kb().store(),
                    "SELECT ?s WHERE { BIND(id:statement\\/rock AS ?n) (?n ?s) cm:search \"variance\" }").size());
            assertEquals(0, select(kb.kb().store(), "SELECT ?n WHERE { ?n cm:search \"\\\"unbalanced\" }").size());
        }
    }

    @Test
    void aStoreWithoutAnIndexSaysSoInsteadOfAnsweringNothing() {
        try (LocalStore store = LocalStore.inMemory()) {
            SearchIndex.class.getName();
            SearchPropertyFunction.register();
            QueryExecException e = assertThrows(QueryExecException.class,
                    () -> select(store, "SELECT ?n WHERE { ?n cm:search \"x\" }"));
            assertTrue(e.getMessage().contains("needs the search index"), e.getMessage());
        }
    }
}
