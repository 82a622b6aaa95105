package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.cruxmap.server.graph.NodeRef;

/**
 * How much hangs on each crux: the statements whose grounded label differs between the map with
 * the crux accepted (every attack on it dropped) and the map with it rejected (an extra unattacked
 * node attacks it). Both versions go through the same {@link BipolarClosure}, so a rejected crux
 * also brings down the arguments it is a premise of. The crux itself is not counted.
 */
public final class CruxImpact {
    private CruxImpact() {}

    /** One crux: its grounded label now, how many statements it swings, and which. */
    public record Impact(NodeRef crux, String label, int impact, List<Change> changes) {}

    /** A statement whose grounded label depends on the crux: now, with the crux accepted, with it rejected. */
    public record Change(NodeRef statement, String now, String ifAccepted, String ifRejected) {}

    /** Every crux of the map, ranked by impact (largest first), then by label. */
    public static List<Impact> all(Model m) {
        MapGraph g = MapGraph.of(m);
        Labelling now = Grounded.of(g.framework());
        List<Impact> out = new ArrayList<>();
        for (Resource c : CruxAssertions.cruxes(m)) out.add(of(m, g, now, c));
        out.sort(Comparator.comparingInt((Impact i) -> -i.impact())
                .thenComparing(i -> i.crux().label() == null ? "" : i.crux().label())
                .thenComparing(i -> i.crux().id()));
        return out;
    }

    /** The impact of one crux. */
    static Impact of(Model m, MapGraph g, Labelling now, Resource crux) {
        NodeRef ref = NodeRef.of(crux);
        int c = g.indexOf(MapGraph.id(crux));
        if (c < 0) return new Impact(ref, null, 0, List.of());
        Labelling accepted = Grounded.of(BipolarClosure.close(g, Intervention.accept(c)));
        Labelling rejected = Grounded.of(BipolarClosure.close(g, Intervention.reject(c)));
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (i == c || !g.isStatement(i) || accepted.label(i) == rejected.label(i)) continue;
            changes.add(new Change(g.ref(m, i),
                    now.label(i).word(), accepted.label(i).word(), rejected.label(i).word()));
        }
        changes.sort(Comparator.comparing((Change ch) -> ch.statement().label() == null ? "" : ch.statement().label())
                .thenComparing(ch -> ch.statement().id()));
        return new Impact(ref, now.label(c).word(), changes.size(), List.copyOf(changes));
    }
}
