package org.cruxmap.server.analysis;

import static org.cruxmap.server.analysis.Maps.grounded;
import static org.cruxmap.server.analysis.Maps.turtle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

class BipolarClosureTest {

    private static boolean attacks(Model m, String a, String b) {
        Framework f = MapGraph.of(m).framework();
        return f.attacks(f.indexOf(a).orElseThrow(), f.indexOf(b).orElseThrow());
    }

    @Test
    void aReasonForOneSideOfATwoCycleSettlesItBySupportedAttack() {
        Model m = turtle("s:a cm:supports s:b . s:b cm:attacks s:c . s:c cm:attacks s:b .");
        assertTrue(attacks(m, "statement/a", "statement/c"));
        assertEquals(Label.IN, grounded(m, "a"));
        assertEquals(Label.IN, grounded(m, "b"));
        assertEquals(Label.OUT, grounded(m, "c"));
        Model without = turtle("s:b cm:attacks s:c . s:c cm:attacks s:b .");
        assertEquals(Label.UNDEC, grounded(without, "b"), "without the reason the two-cycle stays undecided");
    }

    @Test
    void supportedAttackFollowsChainsOfSupportToAFixpoint() {
        Model m = turtle("s:a cm:supports s:b . s:b cm:entails s:x . s:x cm:attacks s:c . s:c cm:attacks s:x .");
        assertTrue(attacks(m, "statement/a", "statement/c"));
        assertTrue(attacks(m, "statement/b", "statement/c"));
        assertEquals(Label.OUT, grounded(m, "c"));
        assertEquals(Label.IN, grounded(m, "x"));
    }

    @Test
    void attackingAConclusionDoesNotAttackItsReasonsNorDoesAttackingOneReasonAttackTheConclusion() {
        Model m = turtle("s:r cm:supports s:c . s:x cm:attacks s:c . s:y cm:attacks s:r .");
        assertFalse(attacks(m, "statement/x", "statement/r"), "no mediated attack");
        assertFalse(attacks(m, "statement/y", "statement/c"), "no secondary attack through a plain support");
        assertEquals(Label.OUT, grounded(m, "r"));
        assertEquals(Label.OUT, grounded(m, "c"));
        Model supportedOnly = turtle("s:r cm:supports s:c . s:y cm:attacks s:r .");
        assertEquals(Label.IN, grounded(supportedOnly, "c"), "an unattacked statement is in even when its one reason is out");
    }

    @Test
    void anArgumentFallsWithAnyOfItsPremisesAndTakesItsSupportedAttacksWithIt() {
        String map = """
                a:arg a cm:Argument ; cm:premise s:p1, s:p2 ; cm:conclusion s:q .
                s:q cm:attacks s:r . s:r cm:attacks s:q .
                """;
        Model standing = turtle(map);
        assertTrue(attacks(standing, "argument/arg", "statement/r"), "the argument supports its conclusion, which attacks r");
        assertEquals(Label.IN, grounded(standing, "argument/arg"));
        assertEquals(Label.IN, grounded(standing, "q"));
        assertEquals(Label.OUT, grounded(standing, "r"));

        Model undermined = turtle(map + "s:e cm:attacks s:p2 .");
        assertTrue(attacks(undermined, "statement/e", "argument/arg"), "an attack on a premise attacks the argument");
        assertEquals(Label.OUT, grounded(undermined, "argument/arg"));
        assertEquals(Label.UNDEC, grounded(undermined, "q"), "with the argument out, q and r are a plain two-cycle again");
        assertEquals(Label.UNDEC, grounded(undermined, "r"));
    }

    @Test
    void anUndercutDefeatsTheArgumentButNotItsPremises() {
        Model m = turtle("a:arg a cm:Argument ; cm:premise s:p ; cm:conclusion s:q . s:u cm:undercuts a:arg .");
        assertEquals(Label.OUT, grounded(m, "argument/arg"));
        assertEquals(Label.IN, grounded(m, "p"));
    }

    @Test
    void contraryAndContradictionAttackBothWaysAndAReasonBreaksTheTie() {
        Model tie = turtle("s:a cm:contrary s:b . s:c cm:contradicts s:d .");
        assertTrue(attacks(tie, "statement/b", "statement/a"));
        assertTrue(attacks(tie, "statement/d", "statement/c"));
        assertEquals(Label.UNDEC, grounded(tie, "a"));
        assertEquals(Label.UNDEC, grounded(tie, "d"));
        Model broken = turtle("s:a cm:contrary s:b . s:x cm:supports s:a .");
        assertEquals(Label.IN, grounded(broken, "a"));
        assertEquals(Label.OUT, grounded(broken, "b"));
    }

    @Test
    void supportingYourOwnAttackerMakesYouSelfDefeating() {
        Model m = turtle("s:a cm:supports s:b . s:b cm:attacks s:a .");
        assertTrue(attacks(m, "statement/a", "statement/a"));
        assertEquals(Label.IN, grounded(m, "b"), "b is unattacked");
        assertEquals(Label.OUT, grounded(m, "a"));
        Model alone = turtle("s:a cm:supports s:b . s:b cm:attacks s:a . s:c cm:attacks s:b . s:b cm:attacks s:c .");
        assertEquals(Label.UNDEC, grounded(alone, "a"), "a attacks itself, so it can never be in");
    }

    @Test
    void evidenceAndCruxRelationsAreNeitherAttacksNorSupports() {
        Model m = turtle("s:e cm:isEvidenceAgainst s:c . s:k cm:isCruxFor s:c . s:c cm:attacks s:d . s:d cm:attacks s:c .");
        assertEquals(Label.UNDEC, grounded(m, "c"));
        assertEquals(0, MapGraph.of(m).supports().size());
    }

    @Test
    void acceptingANodeDropsEveryAttackOnItAndRejectingItAddsAnUnattackedAttacker() {
        Model m = turtle("s:k cm:attacks s:m . s:m cm:attacks s:k . a:arg a cm:Argument ; cm:premise s:k ; cm:conclusion s:q .");
        MapGraph g = MapGraph.of(m);
        int k = g.indexOf("statement/k");
        Labelling accepted = Grounded.of(BipolarClosure.close(g, Intervention.accept(k)));
        assertEquals(Label.IN, accepted.label("statement/k"));
        assertEquals(Label.OUT, accepted.label("statement/m"));
        Framework rejectedF = BipolarClosure.close(g, Intervention.reject(k));
        Labelling rejected = Grounded.of(rejectedF);
        assertEquals(Label.OUT, rejected.label("statement/k"));
        assertEquals(Label.IN, rejected.label("statement/m"));
        assertEquals(Label.OUT, rejected.label("argument/arg"), "the rejecter undermines the argument k is a premise of");
        assertEquals(g.size() + 1, rejectedF.size());
    }
}
