package org.cruxmap.ingest.argdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An argument: its descriptions, its premise-conclusion structure (pcs), tags, data and relations. */
final class ArgumentNode implements RelationEnd {
    String title;
    final List<Member> members = new ArrayList<>();
    List<Member> pcs = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final Set<String> tags = new LinkedHashSet<>();
    Map<String, Object> data;
    Section section;
    int line;

    @Override public List<Relation> relations() { return relations; }

    /** True when the argument has a premise-conclusion structure. */
    boolean isReconstructed() { return !pcs.isEmpty(); }

    /** The description as the reference reports it: the first non-reference description with text, trimmed. */
    String description() {
        for (Member m : members) {
            if (m.text != null && m.text.length() > 0 && !m.isReference) return m.text.toString().trim();
        }
        return members.isEmpty() ? "" : members.get(0).textOrEmpty().trim();
    }
}
