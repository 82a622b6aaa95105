package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.graph.Ids;
import org.cruxmap.server.graph.NodeRef;

/**
 * The parts of an argument map that acceptability looks at, read from RDF: the nodes (statements
 * and arguments, by short id), the direct attacks, the supports and the premises of arguments.
 * {@link BipolarClosure} turns it into a Dung framework. A node is an argument when it is typed
 * {@code cm:Argument} or has premises or a conclusion; every other node is a statement (so a node
 * only referenced in one named graph still counts as one).
 *
 * <p>Direct attacks: {@code a cm:attacks b}, {@code a cm:undercuts b}, and both directions of
 * {@code cm:contrary} and {@code cm:contradicts} (symmetric). Supports: {@code a cm:supports b},
 * {@code a cm:entails b} and {@code A cm:conclusion c} (an argument supports its conclusion).
 * Premises: {@code A cm:premise p}. Evidence relations, crux relations and responses are not
 * attacks or supports here.
 */
public final class MapGraph {
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final BitSet statements;
    private final List<int[]> attacks;
    private final List<int[]> supports;
    private final List<int[]> premises;

    private MapGraph(List<String> ids, Map<String, Integer> index, BitSet statements, List<int[]> attacks,
                     List<int[]> supports, List<int[]> premises) {
        this.ids = ids;
        this.index = index;
        this.statements = statements;
        this.attacks = attacks;
        this.supports = supports;
        this.premises = premises;
    }

    /** Reads the map from a model (the union of all graphs, or one named graph). */
    public static MapGraph of(Model m) {
        TreeSet<String> nodes = new TreeSet<>();
        TreeSet<String> args = new TreeSet<>();
        for (Resource cls : List.of(CM.Statement, CM.Claim, CM.Crux, CM.Evidence)) {
            m.listResourcesWithProperty(RDF.type, cls).forEachRemaining(r -> nodes.add(id(r)));
        }
        m.listResourcesWithProperty(RDF.type, CM.Argument).forEachRemaining(r -> { nodes.add(id(r)); args.add(id(r)); });
        m.listSubjectsWithProperty(CM.premise).forEachRemaining(r -> args.add(id(r)));
        m.listSubjectsWithProperty(CM.conclusion).forEachRemaining(r -> args.add(id(r)));
        List<String[]> att = new ArrayList<>();
        List<String[]> sup = new ArrayList<>();
        List<String[]> pre = new ArrayList<>();
        for (Property p : List.of(CM.attacks, CM.undercuts, CM.contrary, CM.contradicts)) {
            boolean symmetric = p.equals(CM.contrary) || p.equals(CM.contradicts);
            edges(m, p, nodes, e -> {
                att.add(e);
                if (symmetric) att.add(new String[] {e[1], e[0]});
            });
        }
        edges(m, CM.supports, nodes, sup::add);
        edges(m, CM.entails, nodes, sup::add);
        edges(m, CM.conclusion, nodes, sup::add);
        edges(m, CM.premise, nodes, e -> pre.add(new String[] {e[1], e[0]}));
        List<String> ids = new ArrayList<>(nodes);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
        BitSet s = new BitSet();
        for (int i = 0; i < ids.size(); i++) if (!args.contains(ids.get(i))) s.set(i);
        return new MapGraph(List.copyOf(ids), index, s, pairs(att, index), pairs(sup, index), pairs(pre, index));
    }

    private static void edges(Model m, Property p, TreeSet<String> nodes, java.util.function.Consumer<String[]> sink) {
        m.listStatements(null, p, (RDFNode) null).forEachRemaining((Statement st) -> {
            if (!st.getObject().isResource()) return;
            String a = id(st.getSubject());
            String b = id(st.getObject().asResource());
            nodes.add(a);
            nodes.add(b);
            sink.accept(new String[] {a, b});
        });
    }

    private static List<int[]> pairs(List<String[]> edges, Map<String, Integer> index) {
        List<int[]> out = new ArrayList<>();
        for (String[] e : edges) out.add(new int[] {index.get(e[0]), index.get(e[1])});
        return out;
    }

    static String id(Resource r) { return r.isAnon() ? "_:" + r.getId() : Ids.id(r.getURI()); }

    /** The API reference of node i, read from the model. */
    public NodeRef ref(Model m, int i) {
        String id = ids.get(i);
        if (id.startsWith("_:")) return new NodeRef(id, "blank", null, null);
        return NodeRef.of(m.getResource(Ids.iri(id)));
    }

    /** How many nodes. */
    public int size() { return ids.size(); }

    /** The id of node i. */
    public String id(int i) { return ids.get(i); }

    /** Every node's id, in index order (immutable). */
    List<String> ids() { return ids; }

    /** The index of an id, or -1. */
    public int indexOf(String id) { return index.getOrDefault(id, -1); }

    /** True when node i is a statement (not an argument). */
    public boolean isStatement(int i) { return statements.get(i); }

    /** The direct attacks, as [from, to]. */
    public List<int[]> attacks() { return attacks; }

    /** The supports, as [from, to]. */
    public List<int[]> supports() { return supports; }

    /** The premises, as [premise, argument]. */
    public List<int[]> premises() { return premises; }

    /** The Dung framework of the whole map under the bipolar rules. */
    public Framework framework() { return BipolarClosure.close(this, null); }

    private Chains chains;

    /** The support chains and premises of this map, read on first use and kept for every closure. */
    synchronized Chains chains() {
        if (chains == null) chains = new Chains(this);
        return chains;
    }
}
