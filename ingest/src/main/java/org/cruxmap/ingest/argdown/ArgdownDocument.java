package org.cruxmap.ingest.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an Argdown file says, as the reference model has it: statements, arguments, relations, errors. */
final class ArgdownDocument {
    final Map<String, StatementClass> statements = new LinkedHashMap<>();
    final Map<String, ArgumentNode> arguments = new LinkedHashMap<>();
    List<Relation> relations = new ArrayList<>();
    final List<ArgdownParser.SyntaxError> syntaxErrors = new ArrayList<>();
    /** Problems of the model (the reference aborts its model there), with their lines. */
    final List<ArgdownParser.SyntaxError> modelErrors = new ArrayList<>();
    /** Data whose YAML did not parse: line and message. */
    final List<ArgdownParser.SyntaxError> dataErrors = new ArrayList<>();
    Map<String, Object> frontMatter;
    /** Titles the reader gave untitled statements and arguments ("Untitled 1", ...). */
    final java.util.Set<String> generatedTitles = new java.util.HashSet<>();
}
