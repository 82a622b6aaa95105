package org.cruxmap.server.analysis;

/**
 * A node taken as settled when the framework is built: accepted (no attack on it is kept, so it is
 * in) or rejected (an extra, unattacked node attacks it, so it is out).
 */
public record Intervention(int node, boolean accepted) {
    /** The id of the extra node that rejects; no map id contains spaces, so it cannot clash. */
    public static final String REJECTER = "(rejecter)";

    public static Intervention accept(int node) { return new Intervention(node, true); }

    public static Intervention reject(int node) { return new Intervention(node, false); }
}
