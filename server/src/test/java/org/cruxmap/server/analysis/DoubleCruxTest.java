package org.cruxmap.server.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

class DoubleCruxTest {
    private static final Model M = Maps.resource("/analysis/positions.ttl");

    private static DoubleCrux.Result carolAndDan() {
        return DoubleCrux.of(M, M.getResource(DoubleCrux.personIri("carol")), M.getResource(DoubleCrux.personIri("person/dan")));
    }

    @Test
    void disagreementsSayWhoHoldsRejectsOrIsSilentOpposedFirst() {
        var r = carolAndDan();
        assertEquals(List.of("statement/t1 holds rejects opposed", "statement/t3 silent holds unshared", "statement/t4 rejects silent unshared"),
                r.disagreements().stream().map(d -> d.statement().id() + " " + d.a() + " " + d.b() + " " + d.kind()).toList());
        assertEquals(List.of("statement/t2"), r.commonGround().stream().map(n -> n.id()).toList());
    }

    @Test
    void aDoubleCruxIsACruxForBothOnDisputedStatementsEvenDifferentOnes() {
        var r = carolAndDan();
        assertEquals(List.of("statement/v", "statement/x"), r.doubleCruxes().stream().map(c -> c.crux().id()).toList());
        var v = r.doubleCruxes().get(0);
        assertEquals("statement/t4", v.forA().get(0).cruxFor().id());
        assertEquals("statement/t3", v.forB().get(0).cruxFor().id());
    }

    @Test
    void aCruxThatAPersonDeniesIsNeverACruxForThemEvenWhenAnotherAssertionSaysItIs() {
        var r = carolAndDan();
        var oneSided = r.oneSided().stream().map(o -> o.crux().id() + " " + o.cruxFor() + " " + o.deniedByOther()).toList();
        assertEquals(List.of("statement/w a false", "statement/y a true", "statement/z a true"), oneSided);
        assertTrue(r.doubleCruxes().stream().noneMatch(c -> c.crux().id().equals("statement/z")));
        assertTrue(r.doubleCruxes().stream().noneMatch(c -> c.crux().id().equals("statement/u")), "a crux with no agent is nobody's");
    }

    @Test
    void swappingThePeopleSwapsTheSides() {
        var r = DoubleCrux.of(M, M.getResource(DoubleCrux.personIri("dan")), M.getResource(DoubleCrux.personIri("carol")));
        assertEquals("rejects", r.disagreements().get(0).a());
        assertTrue(r.oneSided().stream().allMatch(o -> o.cruxFor().equals("b")));
        assertEquals("statement/t3", r.doubleCruxes().get(0).forA().get(0).cruxFor().id());
    }

    @Test
    void aPositionListsWhatThePersonHoldsAndRejectsWithGroundedLabelsAndTheirCruxesAndNonCruxes() {
        var p = Positions.of(M, DoubleCrux.personIri("dan")).orElseThrow();
        assertEquals(List.of("statement/t2 in", "statement/t3 in"), p.holds().stream().map(s -> s.statement().id() + " " + s.grounded()).toList());
        assertEquals(List.of("statement/t1 out"), p.rejects().stream().map(s -> s.statement().id() + " " + s.grounded()).toList());
        assertEquals(List.of("statement/v", "statement/w", "statement/x", "statement/z"), p.cruxes().stream().map(a -> a.crux().id()).toList());
        assertEquals(List.of("statement/y", "statement/z"), p.notCruxes().stream().map(a -> a.crux().id()).toList());
        assertTrue(Positions.of(M, DoubleCrux.personIri("nobody")).isEmpty());
        assertTrue(Positions.of(M, CM_ID + "statement/t1").isEmpty(), "a claim is not a person");
        org.apache.jena.rdf.model.Model foaf = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(M);
        foaf.createResource(CM_ID + "person/erin").addProperty(org.apache.jena.vocabulary.RDF.type, foaf.createResource("http://xmlns.com/foaf/0.1/Person"));
        foaf.getResource(CM_ID + "statement/t1").addProperty(org.cruxmap.ontology.CM.heldBy, foaf.getResource(CM_ID + "person/erin"));
        assertEquals(List.of("statement/t1"), Positions.of(foaf, CM_ID + "person/erin").orElseThrow().holds().stream().map(s -> s.statement().id()).toList(),
                "a holder typed foaf:Person has a position");
    }

    private static final String CM_ID = org.cruxmap.ontology.CM.ID_BASE;
}
