package org.cruxmap.server.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * The one value shown of a property a node has several of (a source titled by its metadata and,
 * again, by the file name of its text): a value that only repeats the last segment of the node's id
 * ("seed-comment" for {@code source/seed-comment}) is a placeholder and gives way to any other; among
 * the rest the first in code-point order, so every reader picks the same one.
 */
public final class Literals {
    private Literals() {}

    /** The preferred literal value of the property, or null when it has none. */
    public static String preferred(Resource r, Property p) {
        List<String> values = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral()) values.add(s.getLiteral().getLexicalForm());
        }
        return preferred(values, r.isURIResource() ? r.getURI() : null);
    }

    /** The preferred one of these values of a node with this IRI (null for a blank node). */
    public static String preferred(List<String> values, String iri) {
        String slug = iri == null ? null : iri.substring(iri.lastIndexOf('/') + 1);
        String best = null;
        boolean bestIsSlug = true;
        for (String v : values) {
            boolean isSlug = v.equals(slug);
            if (best == null || bestIsSlug && !isSlug || isSlug == bestIsSlug && v.compareTo(best) < 0) {
                best = v;
                bestIsSlug = isSlug;
            }
        }
        return best;
    }
}
