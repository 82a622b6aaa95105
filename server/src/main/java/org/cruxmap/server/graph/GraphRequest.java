package org.cruxmap.server.graph;

import java.util.Set;

/**
 * What part of the argument graph to return: around a focus node (or everything), how far to
 * walk, how many nodes at most, which edge kinds and node types to keep.
 */
public record GraphRequest(String focusIri, int depth, int limit, Set<EdgeKind> kinds, Set<String> types) {
    /** The largest limit a client may ask for. */
    public static final int MAX_LIMIT = 5000;
    /** The deepest walk a client may ask for. */
    public static final int MAX_DEPTH = 10;

    /** The argument relations with argument structure: what the viewer draws by default. */
    public static Set<EdgeKind> defaultKinds() {
        var s = java.util.EnumSet.noneOf(EdgeKind.class);
        for (EdgeKind k : EdgeKind.values()) if (k.relation) s.add(k);
        s.add(EdgeKind.PREMISE);
        s.add(EdgeKind.CONCLUSION);
        return s;
    }
}
