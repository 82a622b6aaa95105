package org.cruxmap.server.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

class CruxImpactTest {
    private static Map<String, List<String>> changes(CruxImpact.Impact i) {
        return i.changes().stream().collect(Collectors.toMap(c -> c.statement().id(),
                c -> List.of(c.now(), c.ifAccepted(), c.ifRejected())));
    }

    @Test
    void cruxesAreRankedByHowManyStatementsTheySwingAsWorkedByHandInTheFixture() {
        Model m = Maps.resource("/analysis/crux-impact.ttl");
        List<CruxImpact.Impact> all = CruxImpact.all(m);
        assertEquals(List.of("statement/k", "statement/j", "statement/n"), all.stream().map(i -> i.crux().id()).toList());
        assertEquals(List.of(4, 3, 0), all.stream().map(CruxImpact.Impact::impact).toList());

        CruxImpact.Impact k = all.get(0);
        assertEquals("undec", k.label());
        assertEquals(Map.of(
                "statement/m", List.of("undec", "out", "in"),
                "statement/s1", List.of("undec", "out", "in"),
                "statement/s2", List.of("undec", "in", "out"),
                "statement/s7", List.of("undec", "out", "in")), changes(k));

        CruxImpact.Impact j = all.get(1);
        assertEquals("in", j.label());
        assertEquals(Map.of(
                "statement/s3", List.of("out", "out", "in"),
                "statement/s4", List.of("in", "in", "undec"),
                "statement/s6", List.of("out", "out", "undec")), changes(j), "rejecting j undermines argument A; A itself is not counted");
        assertEquals(List.of(), all.get(2).changes());
    }

    @Test
    void aCruxOnlyNamedInAnAssertionAndOutsideEveryRelationHasImpactZero() {
        Model m = Maps.turtle("""
                <https://w3id.org/cruxmap/id/crux-assertion/q> a cm:CruxAssertion ; cm:crux s:q ; cm:cruxFor s:r .
                s:r cm:attacks s:t .
                """);
        var all = CruxImpact.all(m);
        assertEquals(1, all.size());
        assertEquals("statement/q", all.get(0).crux().id());
        assertEquals(0, all.get(0).impact());
    }
}
