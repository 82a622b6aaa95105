package org.cruxmap.server.index;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet ordinals of one segment, decoded once: for each document, its segment-local ordinals
 * are {@code ords[starts[doc]]} up to {@code ords[starts[doc + 1]]}. A segment never changes once
 * written, so these arrays are built when a segment first becomes searchable and shared by every
 * later point-in-time view that still holds it.
 *
 * @param starts for each document, where its ordinals begin in {@code ords}; one more entry than documents
 * @param ords the segment-local ordinals of every document, document after document
 */
record SegmentOrdinals(int[] starts, int[] ords) {
    /** Decodes the ordinals of a facet doc-values field in one segment (empty when the segment lacks the field). */
    static SegmentOrdinals of(LeafReader leaf, String field) throws IOException {
        int maxDoc = leaf.maxDoc();
        SortedSetDocValues dv = DocValues.getSortedSet(leaf, field);
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc)];
        int n = 0;
        int next = 0;
        for (int doc = dv.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) {
            while (next <= doc) starts[next++] = n;
            int count = dv.docValueCount();
            if (n + count > ords.length) ords = java.util.Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
            for (int i = 0; i < count; i++) ords[n++] = Math.toIntExact(dv.nextOrd());
        }
        while (next <= maxDoc) starts[next++] = n;
        return new SegmentOrdinals(starts, java.util.Arrays.copyOf(ords, n));
    }
}
