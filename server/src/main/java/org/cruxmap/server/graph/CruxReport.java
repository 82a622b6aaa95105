package org.cruxmap.server.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.graph.NodeDetails.CruxAssertionView;

/**
 * Every crux with what it is a crux for, for whom (and for whom it is explicitly not), and the
 * evidence and reasons on each side of it.
 */
public final class CruxReport {

    /** One crux: the node, its words, the assertions about it, and what bears on it. */
    public record Crux(NodeRef crux, String text, List<CruxAssertionView> isCruxFor, List<CruxAssertionView> isNotCruxFor,
                       List<NodeRef> cruxForUnattributed, Side evidence, Side reasons, Integer impact) {
        /** The same crux with its impact: how many statements' grounded labels it swings (see analysis.CruxImpact). */
        public Crux withImpact(Integer n) {
            return new Crux(crux, text, isCruxFor, isNotCruxFor, cruxForUnattributed, evidence, reasons, n);
        }
    }

    /** What bears on a crux: for it and against it. */
    public record Side(List<NodeRef> pro, List<NodeRef> con) {}

    private CruxReport() {}

    /** All cruxes: nodes typed cm:Crux, and any node asserted to be (or not to be) a crux. */
    public static List<Crux> all(Model m) {
        Set<Resource> cruxes = new LinkedHashSet<>();
        m.listResourcesWithProperty(RDF.type, CM.Crux).forEachRemaining(cruxes::add);
        m.listResourcesWithProperty(RDF.type, CM.CruxAssertion).forEachRemaining(a -> {
            var c = a.getPropertyResourceValue(CM.crux);
            if (c != null) cruxes.add(c);
        });
        m.listSubjectsWithProperty(CM.isCruxFor).forEachRemaining(cruxes::add);
        List<Crux> out = new ArrayList<>();
        for (Resource c : cruxes) {
            if (c.isURIResource()) out.add(of(m, c));
        }
        out.sort(Comparator.comparing((Crux c) -> -c.isCruxFor().size()).thenComparing(c -> c.crux().label() == null ? "" : c.crux().label()));
        return out;
    }

    static Crux of(Model m, Resource c) {
        List<CruxAssertionView> assertions = m.listResourcesWithProperty(CM.crux, c).toList().stream()
                .filter(a -> a.hasProperty(RDF.type, CM.CruxAssertion)).map(NodeReader::cruxAssertion)
                .sorted(Comparator.comparing(a -> a.id() == null ? "" : a.id())).toList();
        Set<String> asserted = new LinkedHashSet<>();
        assertions.forEach(a -> { if (a.cruxFor() != null && a.isCrux()) asserted.add(a.cruxFor().id()); });
        List<NodeRef> unattributed = NodeReader.objects(c, CM.isCruxFor).stream().filter(n -> !asserted.contains(n.id())).toList();
        return new Crux(NodeRef.of(c), NodeReader.string(c, CM.text),
                assertions.stream().filter(CruxAssertionView::isCrux).toList(),
                assertions.stream().filter(a -> !a.isCrux()).toList(),
                unattributed,
                new Side(NodeReader.subjects(m, CM.isEvidenceFor, c), NodeReader.subjects(m, CM.isEvidenceAgainst, c)),
                new Side(NodeReader.subjects(m, CM.supports, c), NodeReader.subjects(m, CM.attacks, c)), null);
    }
}
