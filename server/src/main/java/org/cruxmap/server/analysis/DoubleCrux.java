package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.graph.Ids;
import org.cruxmap.server.graph.NodeDetails.CruxAssertionView;
import org.cruxmap.server.graph.NodeRef;

/**
 * Where two people part ways, and what would settle it for both.
 *
 * <p>A <b>disagreement</b> is a statement on which their stances differ: one holds what the other
 * rejects ({@code opposed}), or one holds or rejects it while the other says nothing
 * ({@code unshared}). A stance is {@code holds}, {@code rejects}, {@code silent}, or
 * {@code conflicted} when the corpus says a person both holds and rejects it.
 *
 * <p>A <b>double crux</b> is a statement asserted ({@code cm:isCrux true}) to be a crux for a's
 * stance on some disagreement and for b's stance on some disagreement. An assertion without an
 * agent counts for nobody. A crux that a person explicitly denies ({@code cm:isCrux false}, with
 * that person as agent) is never a crux for that person, whatever other assertions say.
 * Cruxes on a disagreement that count for only one of them are listed as one-sided, with whether
 * the other explicitly denied them.
 */
public final class DoubleCrux {
    private DoubleCrux() {}

    /** The answer for two people. */
    public record Result(NodeRef a, NodeRef b, List<Disagreement> disagreements, List<NodeRef> commonGround,
                         List<Crux> doubleCruxes, List<OneSided> oneSided) {}

    /** A statement on which their stances differ. */
    public record Disagreement(NodeRef statement, String a, String b, String kind) {}

    /** A crux for both: the assertions that make it one for a, and for b. */
    public record Crux(NodeRef crux, List<CruxAssertionView> forA, List<CruxAssertionView> forB) {}

    /** A crux on a disagreement that counts for one of them only. */
    public record OneSided(NodeRef crux, String cruxFor, List<CruxAssertionView> assertions, boolean deniedByOther) {}

    /** Compares two people known to the store. */
    public static Result of(Model m, Resource a, Resource b) {
        Map<String, String> sa = stances(m, a);
        Map<String, String> sb = stances(m, b);
        Set<String> all = new TreeSet<>(sa.keySet());
        all.addAll(sb.keySet());
        List<Disagreement> dis = new ArrayList<>();
        List<NodeRef> common = new ArrayList<>();
        Set<String> disputed = new TreeSet<>();
        for (String s : all) {
            String x = sa.getOrDefault(s, "silent");
            String y = sb.getOrDefault(s, "silent");
            NodeRef ref = NodeRef.of(m.getResource(s));
            if (x.equals(y)) {
                common.add(ref);
                continue;
            }
            String kind = x.equals("silent") || y.equals("silent") ? "unshared"
                    : x.equals("conflicted") || y.equals("conflicted") ? "conflicted" : "opposed";
            dis.add(new Disagreement(ref, x, y, kind));
            disputed.add(ref.id());
        }
        Comparator<NodeRef> byLabel = Comparator.comparing((NodeRef r) -> r.label() == null ? "" : r.label()).thenComparing(NodeRef::id);
        dis.sort(Comparator.comparing((Disagreement d) -> d.kind().equals("opposed") ? 0 : 1).thenComparing(Disagreement::statement, byLabel));
        common.sort(byLabel);

        String ida = MapGraph.id(a);
        String idb = MapGraph.id(b);
        List<CruxAssertionView> assertions = CruxAssertions.all(m);
        Set<String> deniedA = denied(assertions, ida);
        Set<String> deniedB = denied(assertions, idb);
        Map<String, List<CruxAssertionView>> forA = onDisputed(assertions, ida, disputed, deniedA);
        Map<String, List<CruxAssertionView>> forB = onDisputed(assertions, idb, disputed, deniedB);
        List<Crux> both = new ArrayList<>();
        List<OneSided> one = new ArrayList<>();
        for (String c : new TreeSet<>(forA.keySet())) {
            if (forB.containsKey(c)) both.add(new Crux(forA.get(c).get(0).crux(), forA.get(c), forB.get(c)));
            else one.add(new OneSided(forA.get(c).get(0).crux(), "a", forA.get(c), deniedB.contains(c)));
        }
        for (String c : new TreeSet<>(forB.keySet())) {
            if (!forA.containsKey(c)) one.add(new OneSided(forB.get(c).get(0).crux(), "b", forB.get(c), deniedA.contains(c)));
        }
        return new Result(NodeRef.of(a), NodeRef.of(b), dis, common, both, one);
    }

    /** Statement IRI to holds, rejects or conflicted. */
    private static Map<String, String> stances(Model m, Resource person) {
        Map<String, String> out = new TreeMap<>();
        m.listResourcesWithProperty(CM.heldBy, person).forEachRemaining(s -> { if (s.isURIResource()) out.put(s.getURI(), "holds"); });
        m.listResourcesWithProperty(CM.rejectedBy, person).forEachRemaining(s -> {
            if (s.isURIResource()) out.merge(s.getURI(), "rejects", (x, y) -> x.equals("rejects") ? x : "conflicted");
        });
        return out;
    }

    private static Set<String> denied(List<CruxAssertionView> all, String agent) {
        Set<String> out = new TreeSet<>();
        for (CruxAssertionView v : all) {
            if (!v.isCrux() && v.crux() != null && v.agent() != null && v.agent().id().equals(agent)) out.add(v.crux().id());
        }
        return out;
    }

    /** Crux id to the positive assertions, for this agent, on disputed statements, unless the agent denies the crux. */
    private static Map<String, List<CruxAssertionView>> onDisputed(List<CruxAssertionView> all, String agent, Set<String> disputed,
                                                                   Set<String> denied) {
        Map<String, List<CruxAssertionView>> out = new LinkedHashMap<>();
        for (CruxAssertionView v : all) {
            if (!v.isCrux() || v.crux() == null || v.cruxFor() == null || v.agent() == null) continue;
            if (!v.agent().id().equals(agent) || !disputed.contains(v.cruxFor().id()) || denied.contains(v.crux().id())) continue;
            out.computeIfAbsent(v.crux().id(), k -> new ArrayList<>()).add(v);
        }
        return out;
    }

    /** The IRI of a person id: {@code person/x}, {@code x} or a full IRI. */
    public static String personIri(String id) {
        if (id.startsWith("http://") || id.startsWith("https://") || id.startsWith("urn:")) return id;
        return Ids.iri(id.contains("/") ? id : "person/" + id);
    }
}
