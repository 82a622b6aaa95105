package org.cruxmap.server.generate;

import java.util.List;

/**
 * A generated statement as an Argdown author would write it: title, class (claim, crux, evidence),
 * text, status, tags, heading, holders and rejecters, its one source with the quotes taken from
 * that source's text, outgoing relations, and (for a crux) its crux assertions.
 */
record StatementRecord(String title, String type, String text, String status, List<String> tags, String section,
                       List<String> holders, List<String> rejecters, String sourceId, List<Quote> quotes,
                       List<Link> links, List<CruxFor> cruxFor) {}
