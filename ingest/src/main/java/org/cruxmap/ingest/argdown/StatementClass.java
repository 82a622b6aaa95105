package org.cruxmap.ingest.argdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A statement: every occurrence with the same title (an equivalence class in the reference model). */
final class StatementClass implements RelationEnd {
    final String title;
    final List<Member> members = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final Set<String> tags = new LinkedHashSet<>();
    Map<String, Object> data;
    Section section;
    boolean usedAsPremise;
    boolean usedAsMainConclusion;
    boolean usedAsIntermediaryConclusion;

    StatementClass(String title) { this.title = title; }

    @Override public List<Relation> relations() { return relations; }

    /** The text as the reference reports it: the first non-reference member with text, trimmed. */
    String text() {
        for (Member m : members) {
            if (m.text != null && m.text.length() > 0 && !m.isReference) return m.text.toString().trim();
        }
        return members.isEmpty() ? "" : members.get(0).textOrEmpty().trim();
    }

    /** The line of the first defining occurrence (or the first occurrence). */
    int line() {
        for (Member m : members) if (!m.isReference) return m.line;
        return members.isEmpty() ? 0 : members.get(0).line;
    }
}
