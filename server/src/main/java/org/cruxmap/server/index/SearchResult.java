package org.cruxmap.server.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits: how many matched in all, the hits of this page, and for each facet (type, tag,
 * holder, status, source) the count of matches per value. A facet's counts ignore that facet's own
 * filter (drill sideways), so the other values stay visible while one is chosen. {@code approximate}
 * is true when nothing matched as typed and the hits match quoted text in other word forms
 * ("\"selection theorem\"" finds "selection theorems") or the words within one or two edits
 * ("cohernce theorms" finds "coherence theorems").
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, boolean approximate) {

    /** An answer to the words as typed. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
        this(total, hits, facets, false);
    }

    /** The same answer, marked as matching other forms of quoted words or the words within a typo or two (nothing matched them as typed). */
    SearchResult approximated() { return new SearchResult(total, hits, facets, true); }
}
