package org.cruxmap.server.index;

/**
 * One hit: the node's short id, type, label, text (cut for long sources), score, and a highlight:
 * a snippet with the matched words in {@code <mark>} and everything else HTML-escaped.
 */
public record SearchHit(String id, String type, String label, String text, double score, String highlight) {}
