package org.cruxmap.ingest.aif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cruxmap.ingest.Diagnostic;

/**
 * Checks the structure of an AIF JSON document and turns it into an {@link AifDocument}: a
 * {@code nodes} array of objects with {@code nodeID}, {@code type} and {@code text}; an
 * {@code edges} array of {@code fromID}/{@code toID} pairs naming existing nodes; optionally
 * {@code locutions} ({@code nodeID}, {@code personID}) and {@code participants}
 * ({@code participantID}, {@code firstname}, {@code surname}). Every problem is a diagnostic at the
 * offending value's line and column.
 */
final class AifParser {
    private final String file;
    private final List<Diagnostic> out;

    AifParser(String file, List<Diagnostic> out) {
        this.file = file;
        this.out = out;
    }

    /** The document, or null when the structure is too broken to map (the diagnostics say why). */
    AifDocument parse(JsonValue root) {
        if (!(root instanceof JsonValue.Obj obj)) {
            error("aif-structure", root, "an AIF document must be a JSON object with \"nodes\" and \"edges\", found " + root.kind());
            return null;
        }
        JsonValue.Arr nodesArr = array(obj, "nodes");
        JsonValue.Arr edgesArr = array(obj, "edges");
        if (nodesArr == null) return null;
        int errorsBefore = errorCount();
        List<AifDocument.Node> nodes = new ArrayList<>();
        Map<String, AifDocument.Node> byId = new HashMap<>();
        for (JsonValue v : nodesArr.items()) {
            AifDocument.Node n = node(v);
            if (n == null) continue;
            AifDocument.Node earlier = byId.putIfAbsent(n.key(), n);
            if (earlier != null) {
                error("aif-duplicate-id", v, "node ID \"" + n.key() + "\" is already used by the node at line " + earlier.line());
                continue;
            }
            nodes.add(n);
        }
        if (edgesArr == null) return null;
        List<AifDocument.Edge> edges = new ArrayList<>();
        Set<String> seenEdges = new HashSet<>();
        for (JsonValue v : edgesArr.items()) {
            AifDocument.Edge e = edge(v, byId);
            if (e == null) continue;
            if (!seenEdges.add(e.from() + "\u0000" + e.to())) {
                out.add(Diagnostic.warning("aif-duplicate-edge", file, e.line(), e.column(),
                        "edge from \"" + e.from() + "\" to \"" + e.to() + "\" repeats an earlier edge; it is read once"));
                continue;
            }
            edges.add(e);
        }
        Map<String, String> speakers = speakers(obj, byId);
        return errorCount() > errorsBefore ? null : new AifDocument(nodes, edges, speakers);
    }

    private AifDocument.Node node(JsonValue v) {
        if (!(v instanceof JsonValue.Obj o)) {
            error("aif-structure", v, "a node must be a JSON object, found " + v.kind());
            return null;
        }
        JsonValue id = o.get("nodeID");
        if (id == null || id.scalarText() == null || (id instanceof JsonValue.Bool)) {
            error("aif-structure", id == null ? o : id, "a node needs a \"nodeID\" (a string or a number)");
            return null;
        }
        JsonValue type = o.get("type");
        if (!(type instanceof JsonValue.Str t)) {
            error("aif-structure", type == null ? o : type, "node \"" + id.scalarText() + "\" needs a \"type\" string (I, RA, CA, MA, PA, L, YA or TA)");
            return null;
        }
        AifDocument.Type nodeType;
        try {
            nodeType = AifDocument.Type.valueOf(t.value());
        } catch (IllegalArgumentException e) {
            error("aif-node-type", type, "node \"" + id.scalarText() + "\" has the unknown type \"" + t.value()
                    + "\"; AIF node types are I, RA, CA, MA, PA, L, YA and TA");
            return null;
        }
        JsonValue text = o.get("text");
        String textValue;
        if (text == null || text instanceof JsonValue.Null) {
            if (nodeType == AifDocument.Type.I || nodeType == AifDocument.Type.L) {
                error("aif-structure", o, nodeType + "-node \"" + id.scalarText() + "\" needs a \"text\"");
                return null;
            }
            textValue = "";
        } else if (text instanceof JsonValue.Str s) {
            textValue = s.value();
        } else {
            error("aif-structure", text, "the \"text\" of node \"" + id.scalarText() + "\" must be a string, found " + text.kind());
            return null;
        }
        LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>(o.members());
        members.remove("nodeID");
        members.remove("type");
        members.remove("text");
        return new AifDocument.Node(id, nodeType, textValue, members, o.line(), o.column());
    }

    private AifDocument.Edge edge(JsonValue v, Map<String, AifDocument.Node> byId) {
        if (!(v instanceof JsonValue.Obj o)) {
            error("aif-structure", v, "an edge must be a JSON object, found " + v.kind());
            return null;
        }
        String from = endId(o, "fromID");
        String to = endId(o, "toID");
        if (from == null || to == null) return null;
        boolean ok = true;
        for (String end : List.of("fromID", "toID")) {
            String id = o.get(end).scalarText();
            if (!byId.containsKey(id)) {
                error("aif-dangling-edge", o.get(end), "edge " + end + " \"" + id + "\" names no node in this file");
                ok = false;
            }
        }
        if (ok && from.equals(to)) {
            error("aif-structure", o, "edge from node \"" + from + "\" to itself");
            ok = false;
        }
        return ok ? new AifDocument.Edge(from, to, o.line(), o.column()) : null;
    }

    private String endId(JsonValue.Obj o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.scalarText() == null || v instanceof JsonValue.Bool) {
            error("aif-structure", v == null ? o : v, "an edge needs a \"" + key + "\" (a string or a number)");
            return null;
        }
        return v.scalarText();
    }

    /** Speaker names by L-node ID, from {@code locutions} joined with {@code participants}. */
    private Map<String, String> speakers(JsonValue.Obj root, Map<String, AifDocument.Node> byId) {
        Map<String, String> names = new HashMap<>();
        JsonValue participants = root.get("participants");
        if (participants instanceof JsonValue.Arr arr) {
            for (JsonValue p : arr.items()) {
                if (!(p instanceof JsonValue.Obj po) || po.get("participantID") == null || po.get("participantID").scalarText() == null) {
                    warning("aif-participant", p, "a participant needs a \"participantID\"; ignored");
                    continue;
                }
                String name = (text(po, "firstname") + " " + text(po, "surname")).strip();
                if (name.isEmpty()) name = text(po, "name").strip();
                if (!name.isEmpty()) names.put(po.get("participantID").scalarText(), name);
            }
        } else if (participants != null && !(participants instanceof JsonValue.Null)) {
            warning("aif-participant", participants, "\"participants\" should be an array; ignored");
        }
        Map<String, String> speakers = new HashMap<>();
        JsonValue locutions = root.get("locutions");
        if (locutions instanceof JsonValue.Arr arr) {
            for (JsonValue l : arr.items()) {
                if (!(l instanceof JsonValue.Obj lo) || lo.get("nodeID") == null || lo.get("personID") == null) {
                    warning("aif-locution", l, "a locution entry needs \"nodeID\" and \"personID\"; ignored");
                    continue;
                }
                String node = lo.get("nodeID").scalarText();
                String person = lo.get("personID").scalarText();
                AifDocument.Node n = byId.get(node);
                if (n == null || n.type() != AifDocument.Type.L) {
                    warning("aif-locution", lo.get("nodeID"), "locution entry names \"" + node + "\", which is not an L-node here; ignored");
                } else if (!names.containsKey(person)) {
                    warning("aif-locution", lo.get("personID"), "locution entry names person \"" + person + "\", who is not among the participants; ignored");
                } else {
                    speakers.put(node, names.get(person));
                }
            }
        } else if (locutions != null && !(locutions instanceof JsonValue.Null)) {
            warning("aif-locution", locutions, "\"locutions\" should be an array; ignored");
        }
        return speakers;
    }

    private static String text(JsonValue.Obj o, String key) {
        JsonValue v = o.get(key);
        String s = v == null ? null : v.scalarText();
        return s == null ? "" : s;
    }

    private JsonValue.Arr array(JsonValue.Obj root, String key) {
        JsonValue v = root.get(key);
        if (v == null) {
            error("aif-structure", root, "an AIF document needs a \"" + key + "\" array; this object has none");
            return null;
        }
        if (!(v instanceof JsonValue.Arr a)) {
            error("aif-structure", v, "\"" + key + "\" must be an array, found " + v.kind());
            return null;
        }
        return a;
    }

    private int errorCount() { return (int) out.stream().filter(Diagnostic::isError).count(); }

    private void error(String code, JsonValue at, String message) {
        out.add(Diagnostic.error(code, file, at.line(), at.column(), message));
    }

    private void warning(String code, JsonValue at, String message) {
        out.add(Diagnostic.warning(code, file, at.line(), at.column(), message));
    }
}
