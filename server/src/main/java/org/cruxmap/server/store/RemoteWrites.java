package org.cruxmap.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.cruxmap.ontology.CM;

/**
 * The SPARQL Update requests a remote store sends. Each write is one request, so the endpoint runs
 * it as one transaction: the graphs' new content, their records in the system graph and the bump of
 * the change counter land together or not at all.
 */
final class RemoteWrites {
    private static final Node SYSTEM = NodeFactory.createURI(CM.SYSTEM_GRAPH);
    private static final String BUMP = """
            DELETE { GRAPH <%1$s> { <%2$s> <%3$s> ?c } }
            INSERT { GRAPH <%1$s> { <%2$s> <%3$s> ?n } }
            WHERE { OPTIONAL { GRAPH <%1$s> { <%2$s> <%3$s> ?c } } BIND (COALESCE(?c + 1, 1) AS ?n) }
            """.formatted(CM.SYSTEM_GRAPH, SystemGraph.STORE.getURI(), CM.changeCounter.getURI());

    private RemoteWrites() {}

    /** Replaces one graph with a file's content and records the import under a new revision. */
    static UpdateRequest replace(GraphRecord record, Graph content, String revision) {
        UpdateRequest r = new UpdateRequest();
        Node g = NodeFactory.createURI(record.graphIri());
        r.add(new UpdateDrop(g, true));
        insert(r, g, content);
        forget(r, record.graphIri());
        Model system = ModelFactory.createDefaultModel();
        SystemGraph.record(system, record, revision);
        insert(r, SYSTEM, system.getGraph());
        return bump(r);
    }

    /** Replaces each graph with its new content (an empty graph is dropped), keeping import records and setting new revisions. */
    static UpdateRequest replaceAll(Map<Node, Graph> contents, Map<String, String> revisions) {
        UpdateRequest r = new UpdateRequest();
        for (var e : contents.entrySet()) {
            Node g = e.getKey();
            r.add(new UpdateDrop(g, true));
            insert(r, g, e.getValue());
            String rev = revisions.get(g.getURI());
            deleteWhere(r, g, SystemGraph.REVISION.asNode());
            if (rev != null) {
                Model system = ModelFactory.createDefaultModel();
                system.createResource(g.getURI()).addProperty(SystemGraph.REVISION, rev);
                insert(r, SYSTEM, system.getGraph());
            }
        }
        return bump(r);
    }

    /** Drops a graph and its record. */
    static UpdateRequest remove(String graphIri) {
        UpdateRequest r = new UpdateRequest();
        r.add(new UpdateDrop(NodeFactory.createURI(graphIri), true));
        forget(r, graphIri);
        return bump(r);
    }

    private static void forget(UpdateRequest r, String graphIri) {
        deleteWhere(r, NodeFactory.createURI(graphIri), Var.alloc("p"));
    }

    /** DELETE WHERE { GRAPH system { subject predicate ?o } }, built as a tree, not as text. */
    private static void deleteWhere(UpdateRequest r, Node subject, Node predicate) {
        r.add(new UpdateDeleteWhere(new QuadAcc(List.of(Quad.create(SYSTEM, subject, predicate, Var.alloc("o"))))));
    }

    private static void insert(UpdateRequest r, Node g, Graph content) {
        if (content.isEmpty()) return;
        List<Quad> quads = new ArrayList<>(content.size());
        content.find().forEach(t -> quads.add(Quad.create(g, t)));
        r.add(new UpdateDataInsert(new QuadDataAcc(quads)));
    }

    private static UpdateRequest bump(UpdateRequest r) {
        UpdateFactory.parse(r, BUMP);
        return r;
    }
}
