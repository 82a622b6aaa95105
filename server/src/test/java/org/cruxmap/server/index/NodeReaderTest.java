package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cruxmap.server.store.GraphRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeReaderTest {
    private IndexFixtures.Kb kb;

    @BeforeEach
    void open() {
        kb = IndexFixtures.Kb.inMemory();
        IndexFixtures.load(kb.kb(), "map.ttl", IndexFixtures.MAP);
        IndexFixtures.load(kb.kb(), "more.ttl", """
                @prefix cm: <https://w3id.org/cruxmap/ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix id: <https://w3id.org/cruxmap/id/> .
                id:statement\\/theorems cm:tag "agency", "theorems" ; rdfs:comment "Curated twice." ;
                    cm:heldBy id:person\\/dario ; cm:quote [ cm:exact "no theorem forces an agent" ] .
                """);
    }

    @AfterEach
    void close() { kb.close(); }

    private Optional<IndexedNode> read(String id) {
        return kb.kb().store().read(ds -> new NodeReader(ds).read("https://w3id.org/cruxmap/id/" + id));
    }

    @Test
    void aNodeSpreadOverTwoGraphsIsReadWholeWithBothGraphs() {
        IndexedNode n = read("statement/theorems").orElseThrow();
        assertEquals("claim", n.type());
        assertEquals("There are no coherence theorems", n.label());
        assertEquals("verified", n.status());
        assertEquals(List.of("agency", "theorems"), n.tags(), "tags sorted, each once");
        assertEquals("Curated twice.", n.notes());
        assertEquals(List.of(GraphRecord.graphFor("map.ttl"), GraphRecord.graphFor("more.ttl")).stream().sorted().toList(), n.graphs());
        assertEquals(2, n.quotes().size(), n.quotes().toString());
        assertTrue(n.quotes().containsAll(List.of("there are no coherence theorems", "no theorem forces an agent")), n.quotes().toString());
    }

    @Test
    void holdersAndSourcesCarryTheirNamesAndShortKeys() {
        IndexedNode n = read("statement/theorems").orElseThrow();
        assertEquals(List.of(new IndexedNode.Named("elliott", "Elliott Thornley"), new IndexedNode.Named("dario", "Dario Amodei")).stream()
                .sorted(java.util.Comparator.comparing(IndexedNode.Named::key)).toList(),
                n.holders().stream().sorted(java.util.Comparator.comparing(IndexedNode.Named::key)).toList());
        IndexedNode rock = read("statement/rock").orElseThrow();
        assertEquals(List.of(new IndexedNode.Named("critique", "A short critique of the hot mess paper")), rock.sources());
        IndexedNode paper = read("source/hot-mess-paper").orElseThrow();
        assertEquals("source", paper.type());
        assertEquals(List.of(new IndexedNode.Named("jascha", "Jascha Sohl-Dickstein")), paper.holders(), "a source's authors");
    }

    @Test
    void aPersonIsLabelledByNameAndAQuoteIsNotANodeOfTheIndex() {
        assertEquals("RobertM", read("person/robert").orElseThrow().label());
        assertTrue(read("quote/t1").isEmpty());
        assertTrue(read("statement/no-such-node").isEmpty());
    }
}
