package org.cruxmap.server.graph;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.cruxmap.ontology.CM;

/**
 * The kinds of edge the API and the viewer speak of, each backed by one property. The first
 * twelve are argument relations; the rest join arguments to their parts and nodes to people and
 * sources.
 */
public enum EdgeKind {
    SUPPORT("support", CM.supports, true),
    ATTACK("attack", CM.attacks, true),
    UNDERCUT("undercut", CM.undercuts, true),
    ENTAILS("entails", CM.entails, true),
    CONTRARY("contrary", CM.contrary, true),
    CONTRADICTS("contradicts", CM.contradicts, true),
    CRUX_FOR("crux-for", CM.isCruxFor, true),
    EVIDENCE_FOR("evidence-for", CM.isEvidenceFor, true),
    EVIDENCE_AGAINST("evidence-against", CM.isEvidenceAgainst, true),
    RESPONDS_TO("responds-to", CM.respondsTo, true),
    REPHRASES("rephrases", CM.rephrases, true),
    PREFERRED_TO("preferred-to", CM.preferredTo, true),
    /** premise statement -> argument (drawn in the direction of support) */
    PREMISE("premise", CM.premise, false),
    /** argument -> conclusion statement */
    CONCLUSION("conclusion", CM.conclusion, false),
    /** person -> statement they hold */
    HOLDS("holds", CM.heldBy, false),
    /** person -> statement they reject */
    REJECTS("rejects", CM.rejectedBy, false),
    /** node -> the source it comes from */
    SOURCE("source", CM.source, false);

    public final String name;
    public final Property property;
    /** True for argument relations: the triple's subject is the edge's source. */
    public final boolean relation;

    EdgeKind(String name, Property property, boolean relation) {
        this.name = name;
        this.property = property;
        this.relation = relation;
    }

    /** True when the triple runs the other way from the drawn edge (argument cm:premise s draws s -> argument). */
    public boolean reversed() { return this == PREMISE || this == HOLDS || this == REJECTS; }

    public static Optional<EdgeKind> byName(String n) {
        return Arrays.stream(values()).filter(k -> k.name.equals(n)).findFirst();
    }

    public static Optional<EdgeKind> byProperty(Property p) {
        return Arrays.stream(values()).filter(k -> k.property.equals(p)).findFirst();
    }
}
