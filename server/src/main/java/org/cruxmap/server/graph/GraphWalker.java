package org.cruxmap.server.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ontology.CM;

/**
 * Walks the argument graph breadth-first from a focus, over the requested edge kinds in both
 * directions, until the depth or the node limit is reached. Without a focus, it starts from every
 * statement and argument, best-connected first, so a cut keeps the heart of the map.
 */
public final class GraphWalker {
    private GraphWalker() {}

    public static GraphView walk(Model m, GraphRequest req) {
        Map<Resource, Integer> distance = new LinkedHashMap<>();
        Deque<Resource> queue = new ArrayDeque<>();
        boolean truncated = false;
        if (req.focusIri() != null) {
            Resource focus = m.getResource(req.focusIri());
            distance.put(focus, 0);
            queue.add(focus);
        } else {
            for (Resource start : seeds(m, req)) {
                if (distance.size() >= req.limit()) { truncated = true; break; }
                distance.put(start, 0);
            }
        }
        Map<String, GraphView.Edge> edges = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            Resource at = queue.poll();
            int d = distance.get(at);
            if (d >= req.depth()) continue;
            for (Neighbour n : neighbours(at, req.kinds())) {
                if (!keep(n.node, req.types())) continue;
                if (!distance.containsKey(n.node)) {
                    if (distance.size() >= req.limit()) { truncated = true; continue; }
                    distance.put(n.node, d + 1);
                    queue.add(n.node);
                }
            }
        }
        for (Resource r : distance.keySet()) {
            for (Neighbour n : neighbours(r, req.kinds())) {
                if (distance.containsKey(n.node)) edges.putIfAbsent(n.edge.id(), n.edge);
            }
        }
        List<GraphView.Node> nodes = new ArrayList<>();
        distance.forEach((r, d) -> {
            NodeRef ref = NodeRef.of(r);
            nodes.add(new GraphView.Node(ref.id(), ref.type(), ref.label(), ref.status(), d));
        });
        return new GraphView(req.focusIri() == null ? null : Ids.id(req.focusIri()), nodes, new ArrayList<>(edges.values()),
                truncated, req.depth(), req.limit());
    }

    private record Neighbour(Resource node, GraphView.Edge edge) {}

    /** Every node one edge away, in either direction, over the given kinds. */
    private static List<Neighbour> neighbours(Resource r, Set<EdgeKind> kinds) {
        List<Neighbour> out = new ArrayList<>();
        Model m = r.getModel();
        for (EdgeKind k : kinds) {
            for (Statement s : r.listProperties(k.property).toList()) {
                if (s.getObject().isURIResource()) out.add(neighbour(k, r, s.getResource(), s.getResource()));
            }
            for (Resource s : m.listResourcesWithProperty(k.property, r).toList()) {
                if (s.isURIResource()) out.add(neighbour(k, s, r, s));
            }
        }
        return out;
    }

    /** The neighbour and the edge of a triple (subject k object), drawn in the kind's direction. */
    private static Neighbour neighbour(EdgeKind k, Resource subject, Resource object, Resource other) {
        String s = Ids.id(subject.getURI());
        String o = Ids.id(object.getURI());
        String from = k.reversed() ? o : s;
        String to = k.reversed() ? s : o;
        return new Neighbour(other, new GraphView.Edge(from + " " + k.name + " " + to, from, to, k.name));
    }

    private static boolean keep(Resource r, Set<String> types) {
        if (types == null || types.isEmpty()) return true;
        return types.contains(Ids.type(r).orElse("unknown"));
    }

    /** Statements and arguments (and the other requested types), the best-connected first. */
    private static List<Resource> seeds(Model m, GraphRequest req) {
        Set<Resource> all = new LinkedHashSet<>();
        for (var c : List.of(CM.Claim, CM.Crux, CM.Evidence, CM.Statement, CM.Argument, CM.Source, CM.Person)) {
            m.listResourcesWithProperty(RDF.type, c).forEachRemaining(r -> { if (r.isURIResource()) all.add(r); });
        }
        Map<Resource, Integer> degree = new HashMap<>();
        for (Resource r : all) {
            if (!keep(r, req.types()) || !defaultVisible(r, req)) continue;
            degree.put(r, neighbours(r, req.kinds()).size());
        }
        List<Resource> sorted = new ArrayList<>(degree.keySet());
        sorted.sort(Comparator.comparing((Resource r) -> -degree.get(r)).thenComparing(Resource::getURI));
        return sorted;
    }

    /** Without a type filter, the whole-map view shows sources and people only when their edges are asked for. */
    private static boolean defaultVisible(Resource r, GraphRequest req) {
        if (req.types() != null && !req.types().isEmpty()) return true;
        String t = Ids.type(r).orElse("unknown");
        if (t.equals("source")) return req.kinds().contains(EdgeKind.SOURCE);
        if (t.equals("person")) return req.kinds().contains(EdgeKind.HOLDS) || req.kinds().contains(EdgeKind.REJECTS);
        return true;
    }

    /** True when the model says anything about the node. */
    public static boolean exists(Model m, String iri) {
        Resource r = m.getResource(iri);
        return m.contains(r, null, (RDFNode) null) || m.contains(null, null, r);
    }
}
