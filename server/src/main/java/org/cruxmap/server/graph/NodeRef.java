package org.cruxmap.server.graph;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ontology.CM;

/** A link to a node as the API shows it inside another: id, type, label, status. */
public record NodeRef(String id, String type, String label, String status) {
    /** Characters of a node's text used as its label when it has no other (cut at a word boundary). */
    public static final int TEXT_LABEL_CHARS = 80;

    /** Reads the reference of a resource (a node only referenced, never defined, gets type "unknown"). */
    public static NodeRef of(Resource r) {
        if (r.isAnon()) return new NodeRef("_:" + r.getId(), "blank", null, null);
        return new NodeRef(Ids.id(r.getURI()), Ids.type(r).orElse("unknown"), label(r), status(r));
    }

    /**
     * The label: rdfs:label, else cm:title, cm:name (for a person cm:name first, as search lists them),
     * else the start of cm:text, else the id.
     */
    public static String label(Resource r) {
        boolean person = r.hasProperty(org.apache.jena.vocabulary.RDF.type, CM.Person);
        for (var p : person ? new org.apache.jena.rdf.model.Property[] {CM.name, RDFS.label, CM.title}
                : new org.apache.jena.rdf.model.Property[] {RDFS.label, CM.title, CM.name}) {
            String v = Literals.preferred(r, p);
            if (v != null) return v;
        }
        Statement t = r.getProperty(CM.text);
        if (t != null && t.getObject().isLiteral()) {
            String text = t.getString();
            return TextCut.cut(text, TEXT_LABEL_CHARS); // as search labels it
        }
        return r.isURIResource() ? Ids.id(r.getURI()) : null;
    }

    /** The epistemic status word (verified, secondary, unverified) or null. */
    public static String status(Resource r) {
        Statement s = r.getProperty(CM.status);
        if (s == null || !s.getObject().isURIResource()) return null;
        String uri = s.getResource().getURI();
        return uri.startsWith(CM.NS) ? uri.substring(CM.NS.length()) : uri;
    }
}
