package org.cruxmap.ingest.argdown;

/** One lexed piece of Argdown: its kind, its exact text, where it starts (offset, 1-based line and column). */
record Token(TokenType type, String image, int offset, int line, int column) implements Node {

    /** True when the token is of the given kind. */
    boolean is(TokenType t) { return type == t; }
}
