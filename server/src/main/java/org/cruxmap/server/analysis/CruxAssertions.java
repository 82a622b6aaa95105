package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.graph.Ids;
import org.cruxmap.server.graph.NodeDetails.CruxAssertionView;
import org.cruxmap.server.graph.NodeDetails.SourceRef;
import org.cruxmap.server.graph.NodeRef;

/** Reads crux assertions and the cruxes of a map. */
public final class CruxAssertions {
    private CruxAssertions() {}

    /** Every crux assertion in the model, in id order. An assertion without cm:isCrux counts as positive. */
    public static List<CruxAssertionView> all(Model m) {
        List<CruxAssertionView> out = new ArrayList<>();
        m.listResourcesWithProperty(RDF.type, CM.CruxAssertion).forEachRemaining(a -> out.add(view(a)));
        out.sort(Comparator.comparing(a -> a.id() == null ? "" : a.id()));
        return out;
    }

    /** The crux assertions whose agent is the person. */
    public static List<CruxAssertionView> ofAgent(Model m, Resource person) {
        return all(m).stream().filter(a -> a.agent() != null && a.agent().id().equals(MapGraph.id(person))).toList();
    }

    /** The cruxes of a map: nodes typed cm:Crux, any node asserted to be (or not to be) a crux, and subjects of cm:isCruxFor. */
    public static Set<Resource> cruxes(Model m) {
        Set<Resource> out = new LinkedHashSet<>();
        m.listResourcesWithProperty(RDF.type, CM.Crux).forEachRemaining(out::add);
        m.listResourcesWithProperty(RDF.type, CM.CruxAssertion).forEachRemaining(a -> {
            Resource c = a.getPropertyResourceValue(CM.crux);
            if (c != null) out.add(c);
        });
        m.listSubjectsWithProperty(CM.isCruxFor).forEachRemaining(out::add);
        out.removeIf(r -> !r.isURIResource());
        return out;
    }

    static CruxAssertionView view(Resource a) {
        Statement isCrux = a.getProperty(CM.isCrux);
        boolean positive = true;
        if (isCrux != null && isCrux.getObject().isLiteral()) {
            String v = isCrux.getLiteral().getLexicalForm().strip();
            positive = !(v.equals("false") || v.equals("0"));
        }
        Statement src = a.getProperty(CM.source);
        SourceRef source = null;
        if (src != null && src.getObject().isURIResource()) {
            Resource s = src.getResource();
            source = new SourceRef(Ids.id(s.getURI()), NodeRef.label(s), string(s, CM.title), string(s, CM.address), NodeRef.status(s));
        }
        return new CruxAssertionView(a.isURIResource() ? Ids.id(a.getURI()) : null, ref(a, CM.crux), ref(a, CM.cruxFor), ref(a, CM.agent),
                positive, source);
    }

    private static NodeRef ref(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isResource() ? NodeRef.of(s.getResource()) : null;
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : null;
    }
}
