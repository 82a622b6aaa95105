package org.cruxmap.server.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits: how many matched in all, the hits of this page, and for each facet (type, tag,
 * holder, status, source) the count of matches per value. A facet's counts ignore that facet's own
 * filter (drill sideways), so the other values stay visible while one is chosen.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {}
