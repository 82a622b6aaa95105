package org.cruxmap.server.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * The decoded facet ordinals of every live segment, keyed by the segment's core (which outlives
 * deletions; the index never updates doc values in place), so a refresh decodes only the segments
 * it has not seen. An entry leaves when its segment closes.
 */
final class SegmentOrdinalsCache {
    private final Map<IndexReader.CacheKey, SegmentOrdinals> bySegment = new ConcurrentHashMap<>();

    /** The ordinals of a segment, decoded now if this is its first view. */
    SegmentOrdinals get(LeafReader leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        if (helper == null) return SegmentOrdinals.of(leaf, field);
        IndexReader.CacheKey key = helper.getKey();
        SegmentOrdinals known = bySegment.get(key);
        if (known != null) return known;
        SegmentOrdinals fresh = SegmentOrdinals.of(leaf, field);
        if (bySegment.putIfAbsent(key, fresh) == null) helper.addClosedListener(bySegment::remove);
        return fresh;
    }

    /** Segments currently held. */
    int size() { return bySegment.size(); }
}
