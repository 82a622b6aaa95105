package org.cruxmap.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;

/** Which stored graphs an update can change is read from its text, or it is unknown and every graph is re-read. */
class UpdatedGraphsTest {
    private static final String D = StoreView.DEFAULT_GRAPH;

    private static Optional<Set<String>> of(String update) { return UpdatedGraphs.of(UpdateFactory.create(update)); }

    @Test
    void dataTemplatesWithAndGraphOperationsNameTheirGraphs() {
        assertEquals(Optional.of(Set.of("urn:a", D)), of("INSERT DATA { GRAPH <urn:a> { <urn:s> <urn:p> 1 } <urn:s> <urn:p> 2 }"));
        assertEquals(Optional.of(Set.of("urn:a")), of("DELETE DATA { GRAPH <urn:a> { <urn:s> <urn:p> 1 } }"));
        assertEquals(Optional.of(Set.of("urn:a")), of("DELETE { GRAPH <urn:a> { ?s <urn:p> ?o } } INSERT { GRAPH <urn:a> { ?s <urn:p> 3 } } WHERE { GRAPH <urn:a> { ?s <urn:p> ?o } }"));
        assertEquals(Optional.of(Set.of("urn:w")), of("WITH <urn:w> DELETE { ?s <urn:p> ?o } WHERE { ?s <urn:p> ?o }"));
        assertEquals(Optional.of(Set.of(D)), of("DELETE WHERE { ?s <urn:p> ?o }"));
        assertEquals(Optional.of(Set.of("urn:a", D)), of("CLEAR GRAPH <urn:a> ; DROP DEFAULT ; CREATE GRAPH <urn:a>"));
        assertEquals(Optional.of(Set.of("urn:a", "urn:b")), of("MOVE <urn:a> TO <urn:b>"));
        assertEquals(Optional.of(Set.of("urn:b")), of("COPY <urn:a> TO <urn:b> ; ADD <urn:a> TO <urn:b>"));
    }

    @Test
    void aGraphNamedByAVariableOrAllGraphsAtOnceIsUnknown() {
        assertEquals(Optional.empty(), of("DELETE { GRAPH ?g { ?s <urn:p> ?o } } WHERE { GRAPH ?g { ?s <urn:p> ?o } }"));
        assertEquals(Optional.empty(), of("CLEAR ALL"));
        assertEquals(Optional.empty(), of("DROP NAMED"));
        assertEquals(Optional.empty(), of("INSERT DATA { GRAPH <urn:a> { <urn:s> <urn:p> 1 } } ; CLEAR ALL"));
    }
}
