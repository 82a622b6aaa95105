package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.graph.NodeRef;

/**
 * How much hangs on each crux: the statements whose grounded label differs between the map with
 * the crux accepted (every attack on it dropped) and the map with it rejected (an extra unattacked
 * node attacks it). Both versions go through the same {@link BipolarClosure}, so a rejected crux
 * also brings down the arguments it is a premise of. A crux also decides the statements it is a
 * crux for ({@code cm:isCruxFor}, or a crux assertion that is not denied), in a direction the map
 * does not say (a crux is often a question), so what swings when one of those is accepted rather
 * than rejected counts too, that statement included. The crux itself is not counted.
 */
public final class CruxImpact {
    private CruxImpact() {}

    /** One crux: its grounded label now, how many statements it swings, and which. */
    public record Impact(NodeRef crux, String label, int impact, List<Change> changes) {}

    /**
     * A statement whose grounded label depends on the crux: now, with the crux accepted, with it
     * rejected; or, when {@code via} is set, with that statement the crux is a crux for accepted and rejected.
     */
    public record Change(NodeRef statement, String now, String ifAccepted, String ifRejected, NodeRef via) {}

    /** Every crux of the map, ranked by impact (largest first), then by label. */
    public static List<Impact> all(Model m) {
        MapGraph g = MapGraph.of(m);
        Labelling now = Grounded.of(g.framework());
        Map<String, List<Resource>> decides = decides(m);
        Map<Integer, Swing> swings = new HashMap<>(); // a node swings the same statements whichever crux settles it
        List<Impact> out = new ArrayList<>();
        for (Resource c : CruxAssertions.cruxes(m)) {
            out.add(of(m, g, now, c, decides.getOrDefault(MapGraph.id(c), List.of()), n -> swings.computeIfAbsent(n, k -> Swing.of(g, k))));
        }
        out.sort(Comparator.comparingInt((Impact i) -> -i.impact())
                .thenComparing(i -> i.crux().label() == null ? "" : i.crux().label())
                .thenComparing(i -> i.crux().id()));
        return out;
    }

    /**
     * The impact of one crux that is a crux for the statements {@code decides} (in id order: a
     * statement two of them swing is listed once, through the first, after what the crux swings itself).
     */
    static Impact of(Model m, MapGraph g, Labelling now, Resource crux, List<Resource> decides, IntFunction<Swing> swing) {
        NodeRef ref = NodeRef.of(crux);
        int c = g.indexOf(MapGraph.id(crux));
        Map<Integer, Change> changes = new LinkedHashMap<>(); // by statement: the first way the crux swings it
        if (c >= 0) add(m, g, now, swing.apply(c), null, c, changes);
        for (Resource target : decides) {
            int t = g.indexOf(MapGraph.id(target));
            if (t >= 0 && t != c) add(m, g, now, swing.apply(t), NodeRef.of(target), c, changes);
        }
        List<Change> sorted = new ArrayList<>(changes.values());
        sorted.sort(Comparator.comparing((Change ch) -> ch.statement().label() == null ? "" : ch.statement().label())
                .thenComparing(ch -> ch.statement().id()));
        return new Impact(ref, c < 0 ? null : now.label(c).word(), sorted.size(), List.copyOf(sorted));
    }

    private static void add(Model m, MapGraph g, Labelling now, Swing s, NodeRef via, int crux, Map<Integer, Change> into) {
        for (int k = 0; k < s.statements().length; k++) {
            int i = s.statements()[k];
            if (i == crux || into.containsKey(i)) continue;
            into.put(i, new Change(g.ref(m, i), now.label(i).word(), s.ifAccepted()[k].word(), s.ifRejected()[k].word(), via));
        }
    }

    /** The statements whose grounded label differs between one node accepted and rejected, with both labels. */
    record Swing(int[] statements, Label[] ifAccepted, Label[] ifRejected) {
        static Swing of(MapGraph g, int node) {
            Labelling accepted = Grounded.of(BipolarClosure.close(g, Intervention.accept(node)));
            Labelling rejected = Grounded.of(BipolarClosure.close(g, Intervention.reject(node)));
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                if (g.isStatement(i) && accepted.label(i) != rejected.label(i)) changed.add(i);
            }
            int[] at = changed.stream().mapToInt(Integer::intValue).toArray();
            Label[] a = new Label[at.length];
            Label[] r = new Label[at.length];
            for (int k = 0; k < at.length; k++) {
                a[k] = accepted.label(at[k]);
                r[k] = rejected.label(at[k]);
            }
            return new Swing(at, a, r);
        }
    }

    /** By crux id: the statements it is a crux for, by cm:isCruxFor or an assertion not denied, in id order. */
    private static Map<String, List<Resource>> decides(Model m) {
        Map<String, Map<String, Resource>> byCrux = new TreeMap<>();
        m.listStatements(null, CM.isCruxFor, (RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isResource()) {
                byCrux.computeIfAbsent(MapGraph.id(s.getSubject()), k -> new TreeMap<>()).put(MapGraph.id(s.getResource()), s.getResource());
            }
        });
        m.listResourcesWithProperty(RDF.type, CM.CruxAssertion).forEachRemaining(a -> {
            Resource crux = a.getPropertyResourceValue(CM.crux);
            Resource target = a.getPropertyResourceValue(CM.cruxFor);
            if (crux != null && target != null && CruxAssertions.view(a).isCrux()) {
                byCrux.computeIfAbsent(MapGraph.id(crux), k -> new TreeMap<>()).put(MapGraph.id(target), target);
            }
        });
        Map<String, List<Resource>> out = new TreeMap<>();
        byCrux.forEach((k, v) -> out.put(k, List.copyOf(v.values())));
        return out;
    }
}
