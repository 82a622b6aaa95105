package org.cruxmap.server.index;

import java.util.List;

/**
 * What the index knows of one node: a statement, argument, source or person as read from the store.
 *
 * @param iri the node's IRI
 * @param id the short id (IRI after the instance base, or the IRI itself outside it)
 * @param type claim, crux, evidence, statement, argument, source or person
 * @param label the label (a person's name, a source's title when it has no label)
 * @param text the wording of a statement or argument, a source's full text
 * @param notes curators' comments (rdfs:comment)
 * @param quotes the exact text of the node's quotes
 * @param tags free tags
 * @param holders people who hold (or, for a source, wrote) it
 * @param sources the sources it comes from
 * @param status verified, secondary or unverified; empty when unknown
 * @param graphs the named graphs the node has triples in
 */
public record IndexedNode(String iri, String id, String type, String label, String text, String notes,
                          List<String> quotes, List<String> tags, List<Named> holders, List<Named> sources,
                          String status, List<String> graphs) {

    /** A person or source a node points to: its short key (for filters and facets) and its name. */
    public record Named(String key, String name) {}
}
