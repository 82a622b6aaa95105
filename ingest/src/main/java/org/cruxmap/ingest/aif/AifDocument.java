package org.cruxmap.ingest.aif;

import java.util.List;
import java.util.Map;

/** An AIF JSON file after structural checks: its nodes, its edges, and who spoke each locution. */
public record AifDocument(List<Node> nodes, List<Edge> edges, Map<String, String> speakerByLocution) {

    /** The AIF node types Cruxmap maps. */
    public enum Type { I, RA, CA, MA, PA, L, YA, TA }

    /**
     * One AIF node: its ID (as written, string or number), type, text, the other members of its JSON
     * object (kept as data), and where its object starts.
     */
    public record Node(JsonValue id, Type type, String text, Map<String, JsonValue> members, int line, int column) {
        /** The ID as text. */
        public String key() { return id.scalarText(); }
        /** A member other than nodeID, type and text, or null. */
        public JsonValue member(String name) { return members.get(name); }
    }

    /** One AIF edge from a node to a node, with where its object starts. */
    public record Edge(String from, String to, int line, int column) {}
}
