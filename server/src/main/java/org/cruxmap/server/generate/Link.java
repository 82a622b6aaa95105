package org.cruxmap.server.generate;

/** A relation from a statement to another, by the target's title: kind is a cm: local name (supports, attacks, ...). */
record Link(String kind, String targetTitle) {}
