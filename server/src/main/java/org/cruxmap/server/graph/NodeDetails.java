package org.cruxmap.server.graph;

import java.util.List;
import java.util.Map;

/**
 * One node as {@code GET /api/nodes/{id}} shows it: what it is, its words, how well it is known,
 * who holds it, where it comes from (down to the quoted span) and what it is related to.
 */
public record NodeDetails(
        String id,
        String iri,
        String type,
        String label,
        String text,
        String status,
        List<String> tags,
        List<String> sections,
        List<NodeRef> holders,
        List<NodeRef> rejecters,
        List<SourceRef> sources,
        List<QuoteView> quotes,
        List<NodeRef> premises,
        List<NodeRef> conclusions,
        List<String> inferenceRules,
        Map<String, List<NodeRef>> relationsOut,
        Map<String, List<NodeRef>> relationsIn,
        List<CruxAssertionView> cruxAssertions,
        List<RelationView> relationProvenance,
        SourceInfo source,
        PersonInfo person,
        Object data) {

    /** A source as a node links to it: id, title, address, status. */
    public record SourceRef(String id, String label, String title, String address, String status) {}

    /** A quote: the exact words, their context and offsets in the source text. */
    public record QuoteView(String id, String exact, String prefix, String suffix, Integer start, Integer end, SourceRef source,
                            List<NodeRef> statements) {}

    /** An agent-relative crux assertion: crux is (or is not) a crux for a statement, for an agent. */
    public record CruxAssertionView(String id, NodeRef crux, NodeRef cruxFor, NodeRef agent, boolean isCrux, SourceRef source) {}

    /** Who asserted a relation and where: the cm:Relation resource behind an edge. */
    public record RelationView(String id, NodeRef from, String kind, NodeRef to, List<NodeRef> assertedBy, List<SourceRef> sources, String status) {}

    /** Bibliographic data of a source node, with its full text when it was ingested. */
    public record SourceInfo(String title, List<NodeRef> authors, String date, String address, String kind, String fullText,
                             List<QuoteView> quotes, List<NodeRef> statements) {}

    /** What a person holds, rejects and wrote. */
    public record PersonInfo(String name, List<NodeRef> holds, List<NodeRef> rejects, List<SourceRef> wrote,
                             List<CruxAssertionView> cruxes) {}
}
