package org.cruxmap.ingest.argdown;

import java.util.ArrayList;
import java.util.List;

/** A grammar rule's node in the syntax tree, with its children and the model objects the walk attaches. */
final class RuleNode implements Node {
    final Rule rule;
    final List<Node> children = new ArrayList<>();
    /** First line of the rule's text (0 when it is empty). */
    int line;
    Object data;
    Member statement;
    ArgumentNode argument;
    Inference inference;
    Relation relation;
    String text;

    RuleNode(Rule rule) { this.rule = rule; }

    /** Adds a child (null for a rule the parser recovered from, as in the reference) and returns it. */
    <T extends Node> T add(T child) {
        children.add(child);
        if (line == 0 && child != null) line = child instanceof Token t ? t.line() : ((RuleNode) child).line;
        return child;
    }

    /** The grammar rules of Argdown. */
    enum Rule {
        ARGDOWN, HEADING, PCS, PCS_TAIL, PCS_STATEMENT, INFERENCE, INFERENCE_RULES, INFERENCE_RELATIONS,
        ORDERED_LIST, UNORDERED_LIST, ORDERED_LIST_ITEM, UNORDERED_LIST_ITEM, ARGUMENT, STATEMENT,
        STATEMENT_DEFINITION, RELATIONS, INCOMING_SUPPORT, INCOMING_ATTACK, INCOMING_UNDERCUT, OUTGOING_UNDERCUT,
        OUTGOING_SUPPORT, OUTGOING_ATTACK, CONTRADICTION, BOLD, ITALIC, STATEMENT_CONTENT, FREESTYLE_TEXT
    }
}
