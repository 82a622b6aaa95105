package org.cruxmap.ingest.argdown;

/** A node of the Argdown syntax tree: a token or a rule with children. */
sealed interface Node permits Token, RuleNode {
}
