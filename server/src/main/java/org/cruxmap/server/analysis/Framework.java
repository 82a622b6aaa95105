package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;
import java.util.Set;

/**
 * A Dung argumentation framework: nodes (by index, each with an id) and who attacks whom.
 * Immutable; build it with {@link #builder()}. Duplicate attacks collapse into one.
 */
public final class Framework {
    private final List<String> ids;
    /** The index of an id, or -1. */
    private final ToIntFunction<String> index;
    private final int[][] attackers;
    private final int[][] targets;
    private final int attackCount;

    private Framework(List<String> ids, ToIntFunction<String> index, int[][] attackers, int[][] targets, int attackCount) {
        this.ids = ids;
        this.index = index;
        this.attackers = attackers;
        this.targets = targets;
        this.attackCount = attackCount;
    }

    /** How many nodes. */
    public int size() { return ids.size(); }

    /** How many distinct attacks. */
    public int attackCount() { return attackCount; }

    /** The id of node i. */
    public String id(int i) { return ids.get(i); }

    /** Every id, in index order. */
    public List<String> ids() { return ids; }

    /** The index of an id. */
    public OptionalInt indexOf(String id) {
        int i = index.applyAsInt(id);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The nodes that attack node i (do not modify). */
    public int[] attackers(int i) { return attackers[i]; }

    /** The nodes node i attacks (do not modify). */
    public int[] targets(int i) { return targets[i]; }

    /** True when a attacks b. */
    public boolean attacks(int a, int b) {
        for (int t : targets[a]) if (t == b) return true;
        return false;
    }

    public static Builder builder() { return new Builder(); }

    /**
     * A builder whose nodes are already those of a map, by the map's own indexes, and, when asked,
     * one more after them: the map's ids and their index are shared, not copied (a closure per
     * intervention builds one framework per settled node of a large map).
     */
    static Builder builder(MapGraph g, String extra) {
        Builder b = new Builder();
        int n = g.size();
        b.preset = extra == null ? g.ids() : new java.util.AbstractList<>() {
            @Override public String get(int i) { return i == n ? extra : g.id(i); }
            @Override public int size() { return n + 1; }
        };
        b.presetIndex = id -> extra != null && extra.equals(id) ? n : g.indexOf(id);
        return b;
    }

    /** Collects nodes and attacks. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<long[]> attacks = new ArrayList<>();
        private final Set<Long> seen = new HashSet<>();
        /** Nodes given up front (see {@link Framework#builder(MapGraph, String)}); null for a builder that adds them. */
        private List<String> preset;
        private ToIntFunction<String> presetIndex;

        /** Adds a node (again is a no-op) and returns its index. */
        public int node(String id) {
            if (preset != null) throw new IllegalStateException("the nodes of this builder are given up front");
            Integer i = index.get(id);
            if (i != null) return i;
            ids.add(id);
            index.put(id, ids.size() - 1);
            return ids.size() - 1;
        }

        /** True when the id was already added. */
        public boolean has(String id) { return preset != null ? presetIndex.applyAsInt(id) >= 0 : index.containsKey(id); }

        /** Adds the attack a -> b between nodes already added; false when it was there. */
        public boolean attack(int a, int b) {
            int size = preset != null ? preset.size() : ids.size();
            if (a < 0 || b < 0 || a >= size || b >= size) throw new IllegalArgumentException("no such node: " + a + " or " + b);
            if (!seen.add(((long) a << 32) | b)) return false;
            attacks.add(new long[] {a, b});
            return true;
        }

        /** Adds the attack between two ids, adding the nodes as needed. */
        public boolean attack(String a, String b) { return attack(node(a), node(b)); }

        public Framework build() {
            int n = preset != null ? preset.size() : ids.size();
            int[] in = new int[n];
            int[] out = new int[n];
            for (long[] e : attacks) {
                out[(int) e[0]]++;
                in[(int) e[1]]++;
            }
            int[][] attackers = new int[n][];
            int[][] targets = new int[n][];
            for (int i = 0; i < n; i++) {
                attackers[i] = new int[in[i]];
                targets[i] = new int[out[i]];
            }
            Arrays.fill(in, 0);
            Arrays.fill(out, 0);
            for (long[] e : attacks) {
                int a = (int) e[0];
                int b = (int) e[1];
                targets[a][out[a]++] = b;
                attackers[b][in[b]++] = a;
            }
            if (preset != null) return new Framework(preset, presetIndex, attackers, targets, attacks.size());
            Map<String, Integer> fixed = Map.copyOf(index);
            return new Framework(List.copyOf(ids), id -> fixed.getOrDefault(id, -1), attackers, targets, attacks.size());
        }
    }
}
