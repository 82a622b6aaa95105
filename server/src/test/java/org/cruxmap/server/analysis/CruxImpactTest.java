package org.cruxmap.server.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

class CruxImpactTest {
    private static Map<String, List<String>> changes(CruxImpact.Impact i) {
        return i.changes().stream().collect(Collectors.toMap(c -> c.statement().id(),
                c -> List.of(c.now(), c.ifAccepted(), c.ifRejected(), c.via() == null ? "-" : c.via().id())));
    }

    @Test
    void cruxesAreRankedByHowManyStatementsTheySwingAsWorkedByHandInTheFixture() {
        Model m = Maps.resource("/analysis/crux-impact.ttl");
        List<CruxImpact.Impact> all = CruxImpact.all(m);
        assertEquals(List.of("statement/k", "statement/j", "statement/n"), all.stream().map(i -> i.crux().id()).toList());
        assertEquals(List.of(4, 3, 1), all.stream().map(CruxImpact.Impact::impact).toList());

        CruxImpact.Impact k = all.get(0);
        assertEquals("undec", k.label());
        assertEquals(Map.of(
                "statement/m", List.of("undec", "out", "in", "-"),
                "statement/s1", List.of("undec", "out", "in", "-"),
                "statement/s2", List.of("undec", "in", "out", "-"),
                "statement/s7", List.of("undec", "out", "in", "-")), changes(k));

        CruxImpact.Impact j = all.get(1);
        assertEquals("in", j.label());
        assertEquals(Map.of(
                "statement/s3", List.of("out", "out", "in", "-"),
                "statement/s4", List.of("in", "in", "undec", "-"),
                "statement/s6", List.of("out", "out", "undec", "-")), changes(j), "rejecting j undermines argument A; A itself is not counted");
        assertEquals(Map.of("statement/s3", List.of("out", "in", "out", "statement/s3")), changes(all.get(2)),
                "n is Ann's crux for s3, so it decides s3: j keeps s3 out now, but s3 taken as accepted is in");
    }

    @Test
    void aCruxOutsideEveryRelationSwingsWhatItIsACruxForAndWhatThatAttacks() {
        Model m = Maps.turtle("""
                <https://w3id.org/cruxmap/id/crux-assertion/q> a cm:CruxAssertion ; cm:crux s:q ; cm:cruxFor s:r .
                s:r cm:attacks s:t .
                """);
        var all = CruxImpact.all(m);
        assertEquals(1, all.size());
        assertEquals("statement/q", all.get(0).crux().id());
        assertNull(all.get(0).label(), "q is in no relation, so it has no grounded label");
        assertEquals(Map.of(
                "statement/r", List.of("in", "in", "out", "statement/r"),
                "statement/t", List.of("out", "out", "in", "statement/r")), changes(all.get(0)));
    }

    @Test
    void aStatementTheCruxIsDeniedToBeACruxForIsNotSwungThroughIt() {
        Model m = Maps.turtle("""
                s:q a cm:Crux ; cm:isCruxFor s:r .
                <https://w3id.org/cruxmap/id/crux-assertion/no> a cm:CruxAssertion ; cm:crux s:q ; cm:cruxFor s:t ; cm:isCrux false .
                s:r a cm:Claim .
                s:t a cm:Claim .
                s:u a cm:Claim ; cm:attacks s:t .
                """);
        CruxImpact.Impact q = CruxImpact.all(m).get(0);
        assertEquals("in", q.label());
        assertEquals(Map.of("statement/r", List.of("in", "in", "out", "statement/r")), changes(q),
                "cm:isCruxFor counts; an assertion with cm:isCrux false does not");
    }

    @Test
    void aStatementSwungBothDirectlyAndThroughWhatItIsACruxForIsCountedOnceAsDirect() {
        Model m = Maps.turtle("""
                s:q a cm:Crux ; cm:attacks s:r ; cm:isCruxFor s:r .
                s:r a cm:Claim ; cm:attacks s:t .
                s:t a cm:Claim .
                """);
        CruxImpact.Impact q = CruxImpact.all(m).get(0);
        assertEquals(2, q.impact());
        assertEquals(Map.of(
                "statement/r", List.of("out", "out", "in", "-"),
                "statement/t", List.of("in", "in", "out", "-")), changes(q));
    }

    @Test
    void aStatementTwoDecidedStatementsSwingIsListedOnceThroughTheFirstInIdOrder() {
        Model m = Maps.turtle("""
                s:q a cm:Crux ; cm:isCruxFor s:r2, s:r1 .
                s:r1 a cm:Claim ; cm:attacks s:t .
                s:r2 a cm:Claim ; cm:attacks s:r1 .
                s:t a cm:Claim .
                """);
        CruxImpact.Impact q = CruxImpact.all(m).get(0);
        assertEquals(3, q.impact());
        assertEquals(List.of("in", "out", "in", "statement/r1"), changes(q).get("statement/t"),
                "r1 comes first; through r2, t swings the other way (in if r2 is accepted, out if rejected)");
    }

    @Test
    void aCruxNamedAsItsOwnCruxForIsNotCountedTwiceNorAsItsOwnChange() {
        Model m = Maps.turtle("""
                s:q a cm:Crux ; cm:isCruxFor s:q ; cm:attacks s:r .
                s:r a cm:Claim .
                """);
        CruxImpact.Impact q = CruxImpact.all(m).get(0);
        assertEquals(Map.of("statement/r", List.of("out", "out", "in", "-")), changes(q));
    }

    @Test
    void aCmIsCruxForLinkCountsEvenWhenAnAssertionDeniesTheSameCrux() {
        Model m = Maps.turtle("""
                s:q a cm:Crux ; cm:isCruxFor s:r .
                <https://w3id.org/cruxmap/id/crux-assertion/no> a cm:CruxAssertion ; cm:crux s:q ; cm:cruxFor s:r ; cm:isCrux false .
                <https://w3id.org/cruxmap/id/crux-assertion/yes> a cm:CruxAssertion ; cm:crux s:q ; cm:cruxFor s:t ; cm:isCrux true .
                <https://w3id.org/cruxmap/id/crux-assertion/no2> a cm:CruxAssertion ; cm:crux s:q ; cm:cruxFor s:t ; cm:isCrux false .
                s:r a cm:Claim .
                s:t a cm:Claim .
                """);
        assertEquals(Set.of("statement/r", "statement/t"), changes(CruxImpact.all(m).get(0)).keySet(),
                "the link stands beside a denial, and one person's denial does not undo another's crux");
    }

    @Test
    void withNoTimeToSpendEachCallSettlesOneMoreNodeAndGoesOnWhereTheLastStopped() {
        Model m = Maps.resource("/analysis/crux-impact.ttl");
        CruxImpact.Work work = CruxImpact.Work.of(m);
        List<Integer> sizes = new java.util.ArrayList<>();
        CruxImpact.Ranking r;
        do {
            r = CruxImpact.all(work, m, 0);
            sizes.add(r.impacts().size());
            assertEquals(3, r.cruxes());
        } while (!r.complete() && sizes.size() < 10);
        assertEquals(List.of(1, 2, 2, 3), sizes,
                "one more node settled a call: j; k; n itself, then s3, which n decides, before n is done");
        assertEquals(CruxImpact.all(m), r.impacts(), "the same ranking as worked out in one go");
    }
}
