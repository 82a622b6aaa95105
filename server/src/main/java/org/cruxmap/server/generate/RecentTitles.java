package org.cruxmap.server.generate;

import java.util.Random;

/**
 * Titles of statements already written that later claims may link to, in bounded memory: the
 * last 2,048 and a uniform sample (reservoir) of 1,024 of all the others.
 */
final class RecentTitles {
    private static final int RECENT = 2048;
    private static final int SAMPLE = 1024;
    private final String[] recent = new String[RECENT];
    private final String[] sample = new String[SAMPLE];
    private long seen;
    private int sampled;
    private final Random r;

    RecentTitles(Random r) { this.r = r; }

    void add(String title) {
        int slot = (int) (seen % RECENT);
        String evicted = recent[slot];
        recent[slot] = title;
        seen++;
        if (evicted == null) return;
        long older = seen - RECENT;
        if (sampled < SAMPLE) {
            sample[sampled++] = evicted;
        } else {
            long j = (long) (r.nextDouble() * older);
            if (j < SAMPLE) sample[(int) j] = evicted;
        }
    }

    /** A written title, three times in four a recent one; null when none is written yet. */
    String pick(Random rnd) {
        if (seen == 0) return null;
        if (sampled > 0 && rnd.nextInt(4) == 0) return sample[rnd.nextInt(sampled)];
        int n = (int) Math.min(seen, RECENT);
        return recent[rnd.nextInt(n)];
    }
}
