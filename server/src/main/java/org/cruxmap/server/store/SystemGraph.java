package org.cruxmap.server.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.cruxmap.ontology.CM;

/**
 * The store's own bookkeeping in the graph {@code <https://w3id.org/cruxmap/system>}: the change
 * counter, and per named graph the file it came from, when, and (remote stores) the revision of the
 * write that last changed it. Shared by every kind of store, so a replica reads it as the original does.
 */
final class SystemGraph {
    /** The subject that carries the change counter. */
    static final Resource STORE = ResourceFactory.createResource(CM.SYSTEM_GRAPH + "#store");
    /** A graph's revision: a fresh id per write that changed it, so replicas can tell what moved. */
    static final Property REVISION = ResourceFactory.createProperty(CM.SYSTEM_GRAPH + "#revision");

    private SystemGraph() {}

    /**
     * Where a TDB2 dataset of Cruxmap's keeps the system records: the dataset's own default graph,
     * which the union default graph that queries read leaves out, and so does {@code GRAPH ?g}; so
     * SPARQL, exports and counts see the imported data only. (A remote endpoint keeps them in the
     * named graph {@link CM#SYSTEM_GRAPH}, since its default graph is not ours to take.)
     */
    static Model of(Dataset ds) { return ds.getDefaultModel(); }

    /** Moves the records of a store written before they lived in the default graph; true when it moved any. */
    static boolean migrate(Dataset ds) {
        if (!ds.containsNamedModel(CM.SYSTEM_GRAPH)) return false;
        Model old = ds.getNamedModel(CM.SYSTEM_GRAPH);
        of(ds).add(old);
        ds.removeNamedModel(CM.SYSTEM_GRAPH);
        return true;
    }

    /** The change counter recorded in a dataset's system records (0 when none). */
    static long counter(Dataset ds) {
        return counter(of(ds));
    }

    /** The change counter recorded in a system graph (0 when none). */
    static long counter(Model system) {
        Statement s = system.getProperty(STORE, CM.changeCounter);
        Literal l = s == null ? null : s.getLiteral();
        return l == null ? 0 : l.getLong();
    }

    /** Sets the change counter, as an xsd:integer (what SPARQL arithmetic yields on a remote store). */
    static void setCounter(Model system, long value) {
        system.removeAll(STORE, CM.changeCounter, null);
        system.add(STORE, CM.changeCounter, system.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger));
    }

    /** Replaces what the system graph says about a graph with an import record (and a revision, when given). */
    static void record(Model system, GraphRecord record, String revision) {
        Resource g = system.createResource(record.graphIri());
        system.removeAll(g, null, null);
        if (record.importedFrom() != null) g.addProperty(CM.importedFrom, record.importedFrom());
        Instant at = record.importedAt() == null ? Instant.now() : record.importedAt();
        g.addLiteral(CM.importedAt, system.createTypedLiteral(at.toString(), XSDDatatype.XSDdateTime));
        if (revision != null) g.addProperty(REVISION, revision);
    }

    /** The revision of every graph that has one. */
    static Map<String, String> revisions(Model system) {
        Map<String, String> out = new HashMap<>();
        system.listStatements(null, REVISION, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isLiteral()) out.put(s.getSubject().getURI(), s.getString());
        });
        return out;
    }

    /** The named graphs holding data, with their import records, sorted by IRI. */
    static List<GraphRecord> graphs(Dataset ds) {
        List<GraphRecord> out = new ArrayList<>();
        Model system = of(ds);
        ds.listNames().forEachRemaining(name -> {
            if (name.equals(CM.SYSTEM_GRAPH)) return;
            Resource g = system.createResource(name);
            Statement from = g.getProperty(CM.importedFrom);
            Statement at = g.getProperty(CM.importedAt);
            out.add(new GraphRecord(name, from == null ? null : from.getString(),
                    at == null ? null : Instant.parse(at.getLiteral().getLexicalForm())));
        });
        out.sort(java.util.Comparator.comparing(GraphRecord::graphIri));
        return out;
    }
}
