package org.cruxmap.server.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/** Helpers for store tests: open each kind, and take a full snapshot of a dataset to compare. */
final class StoreFixtures {
    private StoreFixtures() {}

    static LocalStore open(String kind, Path dir) {
        return kind.equals("tdb2") ? LocalStore.tdb2(dir.resolve("tdb2")) : LocalStore.inMemory();
    }

    /** Every quad of the raw dataset, system graph included, as sorted N-Quads lines. */
    static Set<String> snapshot(LocalStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            var out = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(out, ds, Lang.NQUADS);
            return new TreeSet<>(java.util.Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n")));
        });
    }

    static final String GOOD = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            id:statement\\/a a cm:Statement, cm:Claim ; rdfs:label "A" ; cm:status cm:verified ; cm:supports id:statement\\/b .
            id:statement\\/b a cm:Statement, cm:Crux ; rdfs:label "B" ; cm:status cm:secondary .
            """;

    static final String GOOD_V2 = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            id:statement\\/c a cm:Statement, cm:Evidence ; rdfs:label "C" ; cm:status cm:unverified .
            """;

    static final String OTHER = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/cruxmap/id/statement/z> a cm:Statement, cm:Claim ; rdfs:label "Z" ; cm:status cm:verified .
            """;

    /** A Turtle file broken on its third line. */
    static final String BROKEN = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/cruxmap/id/statement/q> rdfs:label "Q" ;; cm:status .
            """;

    /** Well-formed Turtle that breaks a shape: a statement without a status. */
    static final String INVALID = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/cruxmap/id/statement/a> a cm:Statement, cm:Claim ; rdfs:label "A replaced, wrongly" .
            """;
}
