package org.cruxmap.ingest.aif;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.cruxmap.ontology.CM;

/**
 * AIF node IDs for the resources of a model: the {@code nodeID} kept in a resource's
 * {@code cm:data} when it came from AIF and is still free, else a fresh {@code n1}, {@code n2}, ...
 */
final class AifNodeIds {
    private final Map<String, JsonValue> assigned = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private int counter;

    /** Reserves the kept ID of a resource, when it has one and nobody took it first. */
    void reserve(Resource r) {
        JsonValue kept = data(r).get("nodeID");
        if (kept == null || kept.scalarText() == null || kept instanceof JsonValue.Bool) return;
        if (assigned.containsKey(r.toString()) || !used.add(kept.scalarText())) return;
        assigned.put(r.toString(), kept);
    }

    /** The ID of a resource, as a JSON value (the kept one keeps its string or number form). */
    JsonValue of(Resource r) {
        return assigned.computeIfAbsent(r.toString(), k -> fresh());
    }

    /** A fresh ID for a node that is no resource (YA, TA, a generated S-node). */
    JsonValue fresh() {
        String id;
        do {
            id = "n" + (++counter);
        } while (!used.add(id));
        return new JsonValue.Str(id, 0, 0);
    }

    /** The members of a resource's cm:data, empty when it has none or it is not a JSON object. */
    static LinkedHashMap<String, JsonValue> data(Resource r) {
        Statement s = r.getProperty(CM.data);
        if (s == null || !s.getObject().isLiteral()) return new LinkedHashMap<>();
        try {
            JsonValue v = JsonParser.parse(s.getObject().asLiteral().getLexicalForm());
            return v instanceof JsonValue.Obj o ? new LinkedHashMap<>(o.members()) : new LinkedHashMap<>();
        } catch (JsonParser.JsonSyntaxError e) {
            return new LinkedHashMap<>();
        }
    }
}
