package org.cruxmap.server.analysis;

import java.util.ArrayDeque;
import java.util.BitSet;

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
        boolean rejects = iv != null && !iv.accepted();
        Framework.Builder b = Framework.builder(g, rejects ? Intervention.REJECTER : null);
        int rejecter = rejects ? g.size() : -1;

        Chains chains = g.chains();
        int forbiddenTarget = iv != null && iv.accepted() ? iv.node() : -1;
        ArrayDeque<int[]> work = new ArrayDeque<>();

        for (int[] a : g.attacks()) add(a[0], a[1], forbiddenTarget, work, b);
        if (rejecter >= 0) add(rejecter, iv.node(), forbiddenTarget, work, b);
        while (!work.isEmpty()) {
            int[] e = work.poll();
            BitSet up = chains.upstream(e[0]);
            for (int a = up.nextSetBit(0); a >= 0; a = up.nextSetBit(a + 1)) add(a, e[1], forbiddenTarget, work, b);
            for (int arg : chains.argumentsOfPremise(e[1])) add(e[0], arg, forbiddenTarget, work, b);
        }
        return b.build();
    }

    /** Adds the attack unless it targets the accepted node; a new one is queued to derive more. */
    private static void add(int a, int c, int forbiddenTarget, ArrayDeque<int[]> work, Framework.Builder b) {
        if (c == forbiddenTarget) return;
        if (b.attack(a, c)) work.add(new int[] {a, c});
    }
}
