package org.cruxmap.server.index;

/**
 * One hit: the node's short id, type, label, text (cut for long sources), score, a highlight (a
 * snippet with the matched words in {@code <mark>} and everything else HTML-escaped), and its
 * epistemic status (verified, secondary, unverified; null when the node has none).
 */
public record SearchHit(String id, String type, String label, String text, double score, String highlight, String status) {}
