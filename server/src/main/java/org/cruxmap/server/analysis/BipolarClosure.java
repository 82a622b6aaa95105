package org.cruxmap.server.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a bipolar map (attacks and supports) into a Dung framework by adding derived attacks, up
 * to a fixpoint:
 * <ol>
 *   <li><b>Supported attack.</b> If a supports b (directly or through a chain of supports) and b
 *   attacks c, then a attacks c. Whoever accepts a is committed to b, and b defeats c.</li>
 *   <li><b>Attack on a premise.</b> If c attacks a premise p of argument A, then c attacks A. An
 *   argument stands only if all its premises do (ASPIC+ undermining).</li>
 * </ol>
 * Each new attack is fed back through both rules until nothing new follows. Support never attacks
 * in the other direction: attacking a conclusion does not attack its reasons (no mediated attack),
 * and attacking one reason for a statement does not attack the statement (no secondary attack
 * through plain supports), because a statement in a map usually has several independent reasons.
 * An unattacked statement is in whether or not anything supports it: support only matters through
 * the attacks it lends.
 */
public final class BipolarClosure {
    private BipolarClosure() {}

    /** The framework of the map, with an intervention applied (null: none). */
    public static Framework close(MapGraph g, Intervention iv) {
        int n = g.size();
        Framework.Builder b = Framework.builder();
        for (int i = 0; i < n; i++) b.node(g.id(i));
        int rejecter = -1;
        if (iv != null && !iv.accepted()) rejecter = b.node(Intervention.REJECTER);
        int total = rejecter >= 0 ? n + 1 : n;

        List<List<Integer>> supporters = new ArrayList<>();
        List<List<Integer>> argumentsOfPremise = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            supporters.add(new ArrayList<>());
            argumentsOfPremise.add(new ArrayList<>());
        }
        for (int[] s : g.supports()) supporters.get(s[1]).add(s[0]);
        for (int[] p : g.premises()) argumentsOfPremise.get(p[0]).add(p[1]);

        int forbiddenTarget = iv != null && iv.accepted() ? iv.node() : -1;
        Set<Long> seen = new HashSet<>();
        ArrayDeque<int[]> work = new ArrayDeque<>();
        List<BitSet> closureCache = new ArrayList<>();
        for (int i = 0; i < total; i++) closureCache.add(null);

        for (int[] a : g.attacks()) add(a[0], a[1], forbiddenTarget, seen, work, b);
        if (rejecter >= 0) add(rejecter, iv.node(), forbiddenTarget, seen, work, b);
        while (!work.isEmpty()) {
            int[] e = work.poll();
            BitSet up = upstream(e[0], supporters, closureCache);
            for (int a = up.nextSetBit(0); a >= 0; a = up.nextSetBit(a + 1)) add(a, e[1], forbiddenTarget, seen, work, b);
            for (int arg : argumentsOfPremise.get(e[1])) add(e[0], arg, forbiddenTarget, seen, work, b);
        }
        return b.build();
    }

    private static void add(int a, int c, int forbiddenTarget, Set<Long> seen, ArrayDeque<int[]> work, Framework.Builder b) {
        if (c == forbiddenTarget) return;
        if (!seen.add(((long) a << 32) | c)) return;
        b.attack(a, c);
        work.add(new int[] {a, c});
    }

    /** Every node with a chain of supports to x (x itself only when it lies on a support cycle). */
    private static BitSet upstream(int x, List<List<Integer>> supporters, List<BitSet> cache) {
        BitSet done = cache.get(x);
        if (done != null) return done;
        BitSet seen = new BitSet();
        ArrayDeque<Integer> pending = new ArrayDeque<>(supporters.get(x));
        while (!pending.isEmpty()) {
            int y = pending.poll();
            if (seen.get(y)) continue;
            seen.set(y);
            pending.addAll(supporters.get(y));
        }
        cache.set(x, seen);
        return seen;
    }
}
