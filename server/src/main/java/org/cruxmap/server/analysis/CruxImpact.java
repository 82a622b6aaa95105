package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
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

    /** Impacts worked out within a time limit, ranked; {@code complete} when every one of the map's {@code cruxes} has one. */
    public record Ranking(List<Impact> impacts, int cruxes, boolean complete) {}

    /** Every crux of the map, ranked by impact (largest first), then by label. */
    public static List<Impact> all(Model m) {
        return all(Work.of(m), m, Long.MAX_VALUE).impacts();
    }

    /**
     * What working out a map's impacts needs, kept from one call to the next on the same map: its
     * graph and grounded labelling, its cruxes and what each decides, and what settling each node
     * swings (a node swings the same statements whichever crux settles it). Not safe for two threads
     * at once: callers take turns, as {@code CruxImpacts} does.
     */
    public static final class Work {
        private final MapGraph g;
        private final Labelling now;
        /** The cruxes' IRIs, in id order. */
        private final List<String> cruxes;
        /** By crux id: the nodes of the statements it is a crux for, in id order. */
        private final Map<String, int[]> decides;
        private final Map<Integer, Swing> swings = new HashMap<>();

        private Work(MapGraph g, Labelling now, List<String> cruxes, Map<String, int[]> decides) {
            this.g = g;
            this.now = now;
            this.cruxes = cruxes;
            this.decides = decides;
        }

        /** Reads the map; nothing is settled yet. */
        public static Work of(Model m) {
            MapGraph g = MapGraph.of(m);
            List<Resource> cruxes = new ArrayList<>(CruxAssertions.cruxes(m));
            cruxes.sort(Comparator.comparing(MapGraph::id));
            return new Work(g, Grounded.of(g.framework()), cruxes.stream().map(Resource::getURI).toList(), decides(m, g));
        }

        /** When the current call started, its limit and how much was settled before it. */
        private long start;
        private long limitNanos = Long.MAX_VALUE;
        private int settledBefore;

        private Swing swing(int node) {
            Swing known = swings.get(node);
            if (known != null) return known;
            // out of time, and this call has settled something: the crux under way waits for the next call
            if (System.nanoTime() - start > limitNanos && swings.size() > settledBefore) throw OutOfTime.INSTANCE;
            Swing fresh = Swing.of(g, node);
            swings.put(node, fresh);
            return fresh;
        }
    }

    /** Thrown to leave a crux half worked out when a call's time is up. */
    private static final class OutOfTime extends RuntimeException {
        static final OutOfTime INSTANCE = new OutOfTime();

        private OutOfTime() { super(null, null, false, false); }
    }

    /**
     * The cruxes' impacts, in id order, until {@code limitNanos} have passed: a node not yet settled
     * is then settled only when this call has settled none (so every call gets further), and the
     * cruxes from the first that needs one more are left out. {@code m} is the
     * map {@code work} was read from, in the caller's read transaction; a later call with the same
     * work goes on where this one stopped.
     */
    public static Ranking all(Work work, Model m, long limitNanos) {
        work.start = System.nanoTime();
        work.limitNanos = limitNanos;
        work.settledBefore = work.swings.size();
        List<Impact> out = new ArrayList<>();
        try {
            for (String iri : work.cruxes) {
                Resource c = m.createResource(iri);
                out.add(of(m, work, c, work.decides.getOrDefault(MapGraph.id(c), new int[0])));
            }
        } catch (OutOfTime stop) {
            // the cruxes from here on wait for the next call, which finds what this one settled
        }
        out.sort(Comparator.comparingInt((Impact i) -> -i.impact())
                .thenComparing(i -> i.crux().label() == null ? "" : i.crux().label())
                .thenComparing(i -> i.crux().id()));
        return new Ranking(List.copyOf(out), work.cruxes.size(), out.size() == work.cruxes.size());
    }

    /**
     * The impact of one crux that is a crux for the statements of nodes {@code decides} (in id order:
     * a statement two of them swing is listed once, through the first, after what the crux swings itself).
     */
    private static Impact of(Model m, Work w, Resource crux, int[] decides) {
        NodeRef ref = NodeRef.of(crux);
        int c = w.g.indexOf(MapGraph.id(crux));
        Map<Integer, Change> changes = new LinkedHashMap<>(); // by statement: the first way the crux swings it
        if (c >= 0) add(m, w.g, w.now, w.swing(c), null, c, changes);
        for (int t : decides) {
            if (t != c) add(m, w.g, w.now, w.swing(t), w.g.ref(m, t), c, changes);
        }
        List<Change> sorted = new ArrayList<>(changes.values());
        sorted.sort(Comparator.comparing((Change ch) -> ch.statement().label() == null ? "" : ch.statement().label())
                .thenComparing(ch -> ch.statement().id()));
        return new Impact(ref, c < 0 ? null : w.now.label(c).word(), sorted.size(), List.copyOf(sorted));
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

    /**
     * By crux id: the nodes of the map's statements it is a crux for, by cm:isCruxFor or an assertion
     * not denied, in id order (a statement the map does not have is left out).
     */
    private static Map<String, int[]> decides(Model m, MapGraph g) {
        Map<String, TreeSet<String>> byCrux = new HashMap<>();
        BiConsumer<Resource, RDFNode> link = (crux, target) -> {
            if (target != null && target.isResource()) byCrux.computeIfAbsent(MapGraph.id(crux), k -> new TreeSet<>()).add(MapGraph.id(target.asResource()));
        };
        m.listStatements(null, CM.isCruxFor, (RDFNode) null).forEachRemaining(s -> link.accept(s.getSubject(), s.getObject()));
        m.listResourcesWithProperty(RDF.type, CM.CruxAssertion).forEachRemaining(a -> {
            Resource crux = a.getPropertyResourceValue(CM.crux);
            if (crux != null && CruxAssertions.view(a).isCrux()) link.accept(crux, a.getPropertyResourceValue(CM.cruxFor));
        });
        Map<String, int[]> out = new HashMap<>();
        byCrux.forEach((crux, ids) -> out.put(crux, ids.stream().mapToInt(g::indexOf).filter(t -> t >= 0).toArray()));
        return out;
    }
}
