package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.graph.NodeDetails.CruxAssertionView;
import org.cruxmap.server.graph.NodeRef;

/** What a person holds and rejects, as asserted in the corpus, and what they say is or is not a crux for them. */
public final class Positions {
    private Positions() {}

    /** A person's position. */
    public record Position(NodeRef person, List<Stance> holds, List<Stance> rejects,
                           List<CruxAssertionView> cruxes, List<CruxAssertionView> notCruxes) {}

    /** A statement a person takes a stance on, with its grounded label in the whole map. */
    public record Stance(NodeRef statement, String grounded) {}

    /** The position of the person with this IRI, or empty when the store says nothing of them. */
    public static Optional<Position> of(Model m, String personIri) {
        Resource p = m.getResource(personIri);
        if (!m.contains(p, null, (RDFNode) null) && !m.contains(null, null, p)) return Optional.empty();
        // a node of another kind (a claim, an argument, a source, a quote) is not a person; one typed
        // foaf:Person or prov:Agent, or not typed at all but named as a holder, may be
        if (org.cruxmap.server.graph.Ids.type(p).filter(t -> !t.equals("person")).isPresent()) return Optional.empty();
        MapGraph g = MapGraph.of(m);
        Labelling grounded = Grounded.of(g.framework());
        List<CruxAssertionView> mine = CruxAssertions.ofAgent(m, p);
        return Optional.of(new Position(NodeRef.of(p), stances(m, g, grounded, p, CM.heldBy), stances(m, g, grounded, p, CM.rejectedBy),
                mine.stream().filter(CruxAssertionView::isCrux).toList(),
                mine.stream().filter(a -> !a.isCrux()).toList()));
    }

    private static List<Stance> stances(Model m, MapGraph g, Labelling grounded, Resource person, org.apache.jena.rdf.model.Property p) {
        List<Stance> out = new ArrayList<>();
        m.listResourcesWithProperty(p, person).forEachRemaining(s -> {
            int i = g.indexOf(MapGraph.id(s));
            out.add(new Stance(NodeRef.of(s), i < 0 ? null : grounded.label(i).word()));
        });
        out.sort(Comparator.comparing((Stance s) -> s.statement().label() == null ? "" : s.statement().label())
                .thenComparing(s -> s.statement().id()));
        return out;
    }
}
