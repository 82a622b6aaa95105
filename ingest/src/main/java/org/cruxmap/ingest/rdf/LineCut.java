package org.cruxmap.ingest.rdf;

/** Where a line-based file (N-Triples, N-Quads: one statement per line) can be cut in two. */
final class LineCut {
    private LineCut() {}

    /** The offset just after the first line break at or past the middle; -1 when there is none. */
    static int middle(byte[] bytes) {
        for (int i = bytes.length / 2; i < bytes.length; i++) {
            if (bytes[i] == '\n') return i + 1;
        }
        return -1;
    }

    /** How many lines end before the offset. */
    static long lines(byte[] bytes, int end) {
        long n = 0;
        for (int i = 0; i < end; i++) if (bytes[i] == '\n') n++;
        return n;
    }
}
