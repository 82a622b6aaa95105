package org.cruxmap.server.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LabellingSearchTest {

    /** Every complete labelling of a small framework, by trying all 3^n labellings. */
    private static List<Label[]> bruteForceComplete(Framework f) {
        int n = f.size();
        List<Label[]> out = new ArrayList<>();
        int total = (int) Math.pow(3, n);
        Label[] vals = Label.values();
        for (int code = 0; code < total; code++) {
            Label[] l = new Label[n];
            int c = code;
            for (int i = 0; i < n; i++) {
                l[i] = vals[c % 3];
                c /= 3;
            }
            if (new Labelling(f, l).isComplete()) out.add(l);
        }
        return out;
    }

    private static Set<String> in(Label[] l, Framework f) {
        Set<String> s = new TreeSet<>();
        for (int i = 0; i < l.length; i++) if (l[i] == Label.IN) s.add(f.id(i));
        return s;
    }

    private static Framework random(Random rnd, int n, double density) {
        Framework.Builder b = Framework.builder();
        for (int i = 0; i < n; i++) b.node("n" + i);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (rnd.nextDouble() < density) b.attack(i, j);
        return b.build();
    }

    @Test
    void onFourHundredRandomFrameworksTheSearchAgreesWithTryingEveryLabelling() {
        Random rnd = new Random(20240607L);
        for (int round = 0; round < 400; round++) {
            Framework f = random(rnd, 1 + rnd.nextInt(7), 0.1 + rnd.nextDouble() * 0.3);
            List<Label[]> complete = bruteForceComplete(f);
            Set<Set<String>> ins = new HashSet<>();
            complete.forEach(l -> ins.add(in(l, f)));
            Set<String> smallest = ins.stream().min((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
            ins.forEach(s -> assertTrue(s.containsAll(smallest), "grounded is the least complete extension"));
            Set<Set<String>> preferred = new HashSet<>();
            for (Set<String> s : ins) {
                if (ins.stream().noneMatch(t -> t.size() > s.size() && t.containsAll(s))) preferred.add(s);
            }
            Set<Set<String>> stable = new HashSet<>();
            complete.stream().filter(l -> java.util.Arrays.stream(l).noneMatch(x -> x == Label.UNDEC)).forEach(l -> stable.add(in(l, f)));

            assertEquals(smallest, new TreeSet<>(Grounded.of(f).extension()), "grounded, round " + round);
            assertEquals(preferred, sets(LabellingSearch.run(f, Semantics.PREFERRED, Budget.DEFAULT)), "preferred, round " + round);
            assertEquals(stable, sets(LabellingSearch.run(f, Semantics.STABLE, Budget.DEFAULT)), "stable, round " + round);
        }
    }

    private static Set<Set<String>> sets(SemanticsResult r) {
        assertTrue(r.complete());
        Set<Set<String>> out = new HashSet<>();
        r.extensions().forEach(e -> out.add(new TreeSet<>(e)));
        assertEquals(r.extensions().size(), out.size(), "no extension is reported twice");
        return out;
    }

    @Test
    void aSearchTooLargeForItsTimeLimitStopsAndSaysSo() {
        Framework.Builder b = Framework.builder();
        for (int i = 0; i < 80; i++) {
            b.attack("a" + i, "b" + i);
            b.attack("b" + i, "a" + i);
        }
        long t0 = System.nanoTime();
        SemanticsResult r = LabellingSearch.run(b.build(), Semantics.PREFERRED, new Budget(Duration.ofMillis(300), 50_000_000));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertFalse(r.complete(), "2^80 preferred extensions cannot be listed in 300 ms");
        assertEquals("time limit reached", r.stopReason());
        assertTrue(ms < 5_000, "stopped near its limit, took " + ms + " ms");
        assertFalse(r.labellings().isEmpty(), "what was found so far is kept");
    }

    @Test
    void aSearchThatFindsMoreLabellingsThanItsCapStopsAndSaysSo() {
        Framework.Builder b = Framework.builder();
        for (int i = 0; i < 12; i++) {
            b.attack("a" + i, "b" + i);
            b.attack("b" + i, "a" + i);
        }
        SemanticsResult r = LabellingSearch.run(b.build(), Semantics.STABLE, new Budget(Duration.ofSeconds(30), 100));
        assertFalse(r.complete());
        assertEquals("labelling cap of 100 reached", r.stopReason());
        assertEquals(100, r.labellings().size());
    }

    @Test
    void groundedRunsInLinearTimeOnALongChainOfThreeHundredThousandAttacks() {
        Framework.Builder b = Framework.builder();
        int n = 300_000;
        for (int i = 0; i < n; i++) b.node("x" + i);
        for (int i = 0; i + 1 < n; i++) b.attack(i, i + 1);
        Framework f = b.build();
        long t0 = System.nanoTime();
        Labelling g = Grounded.of(f);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Label.IN, g.label(n - 1 - (n - 1) % 2));
        assertEquals(Label.OUT, g.label(1));
        assertEquals(n / 2, g.extension().size());
        assertTrue(ms < 3_000, "took " + ms + " ms");
    }

    @Test
    void theScepticalLabelsOfSeveralLabellingsKeepOnlyWhatTheyAllAgreeOn() throws Exception {
        Framework f = DungConformanceTest.framework("floating-defeat/input.tgf");
        var labels = LabellingSearch.run(f, Semantics.PREFERRED, Budget.DEFAULT).scepticalLabels();
        assertEquals(Label.UNDEC, labels.get("a"));
        assertEquals(Label.OUT, labels.get("c"));
        assertEquals(Label.IN, labels.get("d"));
        var none = LabellingSearch.run(DungConformanceTest.framework("conformance:dung/odd_cycle1.tgf"), Semantics.STABLE, Budget.DEFAULT);
        assertTrue(none.labellings().isEmpty());
        assertEquals(Label.UNDEC, none.scepticalLabels().get("1"));
    }
}
