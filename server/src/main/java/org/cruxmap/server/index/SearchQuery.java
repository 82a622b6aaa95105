package org.cruxmap.server.index;

import java.util.List;

/**
 * A search: the query text (Lucene syntax; blank or {@code *} for everything), filters (any of the
 * values within one filter, all filters together) and the page wanted.
 *
 * @param q the query text
 * @param types node types: claim, crux, evidence, statement (any of the three), argument, source, person
 * @param tags tags
 * @param holders people, by short key ({@code nate-soares}) or id ({@code person/nate-soares})
 * @param statuses verified, secondary, unverified
 * @param sources sources, by short key or id
 * @param limit hits per page (1 to 1000)
 * @param offset hits to skip
 */
public record SearchQuery(String q, List<String> types, List<String> tags, List<String> holders,
                          List<String> statuses, List<String> sources, int limit, int offset) {
    /** The most hits one page may ask for. */
    public static final int MAX_LIMIT = 1000;
    /** The types a search can be filtered by ("statement" is any of claim, crux and evidence). */
    public static final java.util.Set<String> TYPES = java.util.Set.of("claim", "crux", "evidence", "statement", "argument", "source", "person");
    /** The statuses a search can be filtered by. */
    public static final java.util.Set<String> STATUSES = java.util.Set.of("verified", "secondary", "unverified");

    public SearchQuery {
        q = q == null ? "" : q;
        types = List.copyOf(types == null ? List.of() : types);
        tags = List.copyOf(tags == null ? List.of() : tags);
        holders = List.copyOf(holders == null ? List.of() : holders);
        statuses = List.copyOf(statuses == null ? List.of() : statuses);
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }

    /** A query with no filters, first page of ten. */
    public static SearchQuery of(String q) { return new SearchQuery(q, List.of(), List.of(), List.of(), List.of(), List.of(), 10, 0); }

    /** This query with another page size. */
    public SearchQuery withLimit(int n) { return new SearchQuery(q, types, tags, holders, statuses, sources, n, offset); }

    /** This query restricted to some types. */
    public SearchQuery withTypes(String... t) { return new SearchQuery(q, List.of(t), tags, holders, statuses, sources, limit, offset); }
}
