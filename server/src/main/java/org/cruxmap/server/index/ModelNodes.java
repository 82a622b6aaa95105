package org.cruxmap.server.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The indexed nodes of a model that is about to be a store's only data graph, read by the same
 * {@link NodeReader} that reads the store, over a dataset holding the model (linked, not copied) as
 * that named graph: what the store's union will hold once the write commits, so the same nodes.
 */
final class ModelNodes {
    private ModelNodes() {}

    /** Every indexable node of the model, as the store will show it inside graphIri. */
    static List<IndexedNode> of(String graphIri, Model model) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(NodeFactory.createURI(graphIri), model.getGraph());
        Dataset ds = DatasetFactory.wrap(dsg);
        NodeReader reader = new NodeReader(ds);
        List<IndexedNode> out = new ArrayList<>();
        reader.readAll(reader.allIris(), out::add);
        return out;
    }
}
