package org.cruxmap.server.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The support chains and premises of one map, by node, as {@link BipolarClosure} follows them: they
 * do not depend on an intervention (the extra node that rejects has no supporters and is no premise),
 * so they are read once per map and kept for every closure of it. Each node's upstream (every node
 * with a chain of supports to it) is worked out the first time a closure asks for it.
 */
final class Chains {
    private static final BitSet NONE = new BitSet();

    private final int n;
    private final List<List<Integer>> supporters = new ArrayList<>();
    private final List<List<Integer>> argumentsOfPremise = new ArrayList<>();
    private final BitSet[] upstream;

    Chains(MapGraph g) {
        n = g.size();
        for (int i = 0; i < n; i++) {
            supporters.add(new ArrayList<>());
            argumentsOfPremise.add(new ArrayList<>());
        }
        for (int[] s : g.supports()) supporters.get(s[1]).add(s[0]);
        for (int[] p : g.premises()) argumentsOfPremise.get(p[0]).add(p[1]);
        upstream = new BitSet[n];
    }

    /** The arguments node x is a premise of; none for a node beyond the map's (the rejecter). */
    List<Integer> argumentsOfPremise(int x) { return x < n ? argumentsOfPremise.get(x) : List.of(); }

    /** Every node with a chain of supports to x (x itself only when it lies on a support cycle); do not modify. */
    synchronized BitSet upstream(int x) {
        if (x >= n) return NONE;
        BitSet done = upstream[x];
        if (done != null) return done;
        BitSet seen = new BitSet();
        ArrayDeque<Integer> pending = new ArrayDeque<>(supporters.get(x));
        while (!pending.isEmpty()) {
            int y = pending.poll();
            if (seen.get(y)) continue;
            seen.set(y);
            pending.addAll(supporters.get(y));
        }
        upstream[x] = seen;
        return seen;
    }
}
