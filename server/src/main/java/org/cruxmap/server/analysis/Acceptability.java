package org.cruxmap.server.analysis;

import org.apache.jena.rdf.model.Model;

/** Acceptability of an argument map held as RDF: the map's framework under a semantics. */
public final class Acceptability {
    private Acceptability() {}

    /** The labellings of the map in the model under the semantics, within the budget. */
    public static SemanticsResult of(Model m, Semantics s, Budget budget) {
        return LabellingSearch.run(MapGraph.of(m).framework(), s, budget);
    }
}
