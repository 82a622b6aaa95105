package org.cruxmap.ingest.argdown;

import java.util.ArrayList;
import java.util.List;

/** A relation between two statements or arguments (or an undercut of an inference), with the lines it occurs on. */
final class Relation {
    RelationEnd from;
    RelationEnd to;
    RelationType type;
    final List<Integer> lines = new ArrayList<>();

    Relation(RelationType type, int line) {
        this.type = type;
        lines.add(line);
    }
}
