package org.cruxmap.server.index;

/** A completion for the search box: the node's short id, its label and its type. */
public record Suggestion(String id, String label, String type) {}
