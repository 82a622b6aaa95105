package org.cruxmap.ingest.argdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The inference line of a pcs ({@code ----} or {@code -- rule, rule --}), with its rules and undercuts. */
final class Inference implements RelationEnd {
    final List<Relation> relations = new ArrayList<>();
    final List<String> rules = new ArrayList<>();
    Map<String, Object> data;
    String argumentTitle;
    int line;

    @Override public List<Relation> relations() { return relations; }
}
