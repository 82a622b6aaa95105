package org.cruxmap.server.analysis;

import java.util.Arrays;

/**
 * The grounded labelling in time linear in nodes plus attacks. Every node starts undecided with a
 * count of attackers not yet out; a node whose count reaches zero is in, everything it attacks is
 * out, and each out node lowers the counts of its targets. What is never reached stays undecided.
 */
public final class Grounded {
    private Grounded() {}

    /** The grounded labelling of the framework. */
    public static Labelling of(Framework f) {
        return new Labelling(f, labels(f));
    }

    static Label[] labels(Framework f) {
        int n = f.size();
        Label[] lab = new Label[n];
        Arrays.fill(lab, Label.UNDEC);
        int[] live = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            live[i] = f.attackers(i).length;
            if (live[i] == 0) {
                lab[i] = Label.IN;
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int x = queue[head++];
            for (int y : f.targets(x)) {
                if (lab[y] == Label.OUT) continue;
                lab[y] = Label.OUT;
                for (int z : f.targets(y)) {
                    if (--live[z] == 0 && lab[z] == Label.UNDEC) {
                        lab[z] = Label.IN;
                        queue[tail++] = z;
                    }
                }
            }
        }
        return lab;
    }
}
