package org.cruxmap.ingest.argdown;

/** The kinds of relation the reference model knows, with their names in its JSON. */
enum RelationType {
    SUPPORT("support"), ATTACK("attack"), UNDERCUT("undercut"), CONTRADICTORY("contradictory"),
    ENTAILS("entails"), CONTRARY("contrary");

    final String word;

    RelationType(String word) { this.word = word; }
}
