package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Preferred and stable labellings by backtracking over complete labellings. The search runs on the
 * nodes the grounded labelling leaves undecided (every complete labelling agrees with it wherever it
 * is in or out), picks
 * an unlabelled node, tries in, out and (for preferred) undecided, and after each choice propagates
 * what the complete-labelling rules force:
 * <ul>
 *   <li>a node with an attacker in is out; a node whose attackers are all out is in;</li>
 *   <li>an in node's attackers and targets are out;</li>
 *   <li>an out node needs an attacker in: when only one attacker is left open, it is in;</li>
 *   <li>an undecided node needs an undecided attacker and none in: when only one is left open, it is undecided.</li>
 * </ul>
 * A contradiction cuts the branch. Stable search never labels a node undecided. Preferred keeps the
 * complete labellings whose in-sets are maximal. The search stops at the budget's time limit or
 * labelling cap and says so.
 */
public final class LabellingSearch {
    private static final byte OPEN = 0;
    private static final byte IN = 1;
    private static final byte OUT = 2;
    private static final byte UNDEC = 3;

    private final Framework f;
    private final boolean stable;
    private final long deadline;
    private final int cap;
    private final List<byte[]> found = new ArrayList<>();
    private final List<BitSet> foundIns = new ArrayList<>();
    private String stopReason;

    private LabellingSearch(Framework f, boolean stable, Budget budget) {
        this.f = f;
        this.stable = stable;
        this.deadline = System.nanoTime() + budget.timeLimit().toNanos();
        this.cap = budget.maxLabellings();
    }

    /** Computes the labellings of a framework under a semantics within the budget (grounded ignores it). */
    public static SemanticsResult run(Framework f, Semantics s, Budget budget) {
        long t0 = System.nanoTime();
        if (s == Semantics.GROUNDED) {
            return new SemanticsResult(s, f, List.of(Grounded.of(f)), true, null, (System.nanoTime() - t0) / 1_000_000);
        }
        // Every complete labelling agrees with the grounded one where that is in or out, and a
        // grounded-undecided node is attacked by no in node; so the search runs on the framework
        // restricted to the grounded-undecided nodes, and the fixed labels are put back after.
        Label[] g = Grounded.labels(f);
        Framework.Builder sub = Framework.builder();
        int[] toSub = new int[f.size()];
        java.util.Arrays.fill(toSub, -1);
        List<Integer> fromSub = new ArrayList<>();
        for (int i = 0; i < g.length; i++) {
            if (g[i] == Label.UNDEC) {
                toSub[i] = sub.node(f.id(i));
                fromSub.add(i);
            }
        }
        for (int i : fromSub) for (int t : f.targets(i)) if (toSub[t] >= 0) sub.attack(toSub[i], toSub[t]);
        Framework u = sub.build();
        LabellingSearch search = new LabellingSearch(u, s == Semantics.STABLE, budget);
        search.explore(new byte[u.size()]);
        List<Labelling> out = new ArrayList<>();
        for (byte[] b : search.sorted()) {
            Label[] full = g.clone();
            for (int k = 0; k < b.length; k++) full[fromSub.get(k)] = label(b[k]);
            Labelling l = new Labelling(f, full);
            if (!l.isComplete()) throw new IllegalStateException("search produced a labelling that is not complete");
            out.add(l);
        }
        return new SemanticsResult(s, f, out, search.stopReason == null, search.stopReason, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Depth-first search; returns false when the search must stop. */
    private boolean explore(byte[] lab) {
        if (System.nanoTime() > deadline) {
            stopReason = "time limit reached";
            return false;
        }
        int pick = choose(lab);
        if (pick < 0) {
            if (found.size() >= cap) {
                stopReason = "labelling cap of " + cap + " reached";
                return false;
            }
            record(lab);
            return true;
        }
        byte[] choices = stable ? new byte[] {IN, OUT} : new byte[] {IN, OUT, UNDEC};
        for (byte c : choices) {
            byte[] next = lab.clone();
            if (assign(next, pick, c) && !explore(next)) return false;
        }
        return true;
    }

    /** The open node with the most open neighbours (first such in node order), or -1 when none is open. */
    private int choose(byte[] lab) {
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < lab.length; i++) {
            if (lab[i] != OPEN) continue;
            int score = 0;
            for (int a : f.attackers(i)) if (lab[a] == OPEN) score++;
            for (int t : f.targets(i)) if (lab[t] == OPEN) score++;
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Sets node x to c and propagates; false on a contradiction. */
    private boolean assign(byte[] lab, int x, byte c) {
        Work w = new Work(lab.length);
        if (!set(lab, x, c, w)) return false;
        while (!w.isEmpty()) {
            if (!check(lab, w.poll(), w)) return false;
        }
        return true;
    }

    private boolean set(byte[] lab, int x, byte c, Work w) {
        if (lab[x] == c) return true;
        if (lab[x] != OPEN) return false;
        if (c == UNDEC && stable) return false;
        lab[x] = c;
        w.add(x);
        for (int t : f.targets(x)) w.add(t);
        return true;
    }

    /** The nodes whose rules must be looked at again: a ring of at most n entries, each node at most once. */
    private static final class Work {
        private final int[] ring;
        private final boolean[] queued;
        private int head;
        private int size;

        Work(int n) {
            ring = new int[Math.max(1, n)];
            queued = new boolean[n];
        }

        void add(int x) {
            if (queued[x]) return;
            queued[x] = true;
            ring[(head + size++) % ring.length] = x;
        }

        boolean isEmpty() { return size == 0; }

        int poll() {
            int x = ring[head];
            head = (head + 1) % ring.length;
            size--;
            queued[x] = false;
            return x;
        }
    }

    /** Applies the rules at node y (its own label against its attackers'); false on a contradiction. */
    private boolean check(byte[] lab, int y, Work w) {
        int in = 0;
        int open = 0;
        int undec = 0;
        int lastOpen = -1;
        for (int a : f.attackers(y)) {
            switch (lab[a]) {
                case IN -> in++;
                case UNDEC -> undec++;
                case OPEN -> { open++; lastOpen = a; }
                default -> { }
            }
        }
        if (in > 0 && !set(lab, y, OUT, w)) return false;
        if (in == 0 && open == 0 && undec == 0 && !set(lab, y, IN, w)) return false;
        switch (lab[y]) {
            case IN -> {
                for (int a : f.attackers(y)) if (!set(lab, a, OUT, w)) return false;
                for (int t : f.targets(y)) if (!set(lab, t, OUT, w)) return false;
            }
            case OUT -> {
                if (in == 0 && open == 0) return false;
                if (in == 0 && open == 1 && !set(lab, lastOpen, IN, w)) return false;
            }
            case UNDEC -> {
                if (undec == 0 && open == 0) return false;
                if (undec == 0 && open == 1 && !set(lab, lastOpen, UNDEC, w)) return false;
            }
            default -> { }
        }
        return true;
    }

    /**
     * Records a complete labelling. Preferred search keeps only an antichain: a labelling whose
     * in-set lies inside a kept one is dropped, and kept ones inside the new in-set are removed, so
     * the work per labelling stays bounded and the search can stop at its time limit at any moment.
     */
    private void record(byte[] lab) {
        if (stable) {
            found.add(lab.clone());
            return;
        }
        BitSet s = inSet(lab);
        for (BitSet k : foundIns) {
            BitSet c = (BitSet) s.clone();
            c.andNot(k);
            if (c.isEmpty()) return;
        }
        for (int i = foundIns.size() - 1; i >= 0; i--) {
            BitSet k = (BitSet) foundIns.get(i).clone();
            k.andNot(s);
            if (k.isEmpty()) {
                foundIns.remove(i);
                found.remove(i);
            }
        }
        foundIns.add(s);
        found.add(lab.clone());
    }

    private static BitSet inSet(byte[] b) {
        BitSet s = new BitSet();
        for (int i = 0; i < b.length; i++) if (b[i] == IN) s.set(i);
        return s;
    }

    private List<byte[]> sorted() {
        List<byte[]> out = new ArrayList<>(found);
        out.sort(Comparator.comparing(this::key));
        return out;
    }

    private String key(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append((char) ('0' + x));
        return sb.toString();
    }

    private static Label label(byte b) {
        return switch (b) {
            case IN -> Label.IN;
            case OUT -> Label.OUT;
            case UNDEC -> Label.UNDEC;
            default -> throw new IllegalStateException("open node in a finished labelling");
        };
    }
}
