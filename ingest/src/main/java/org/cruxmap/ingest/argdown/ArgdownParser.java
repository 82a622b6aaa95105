package org.cruxmap.ingest.argdown;

import static org.cruxmap.ingest.argdown.TokenType.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cruxmap.ingest.argdown.RuleNode.Rule;

/**
 * The Argdown grammar of @argdown/core 2.0.1 as a recursive-descent parser, with the reference
 * parser's error recovery: a failing rule re-synchronises on the follow set of its call site, a
 * repetition skips ahead to its next iteration or its follower, a missing token is deleted over,
 * and text after the last paragraph the grammar can take is reported and skipped.
 */
final class ArgdownParser {
    static final Set<TokenType> FREESTYLE_FIRST = EnumSet.of(FREESTYLE, UNUSED_CONTROL_CHAR, ESCAPED_CHAR, SPECIAL_CHAR);
    static final Set<TokenType> CONTENT_FIRST = EnumSet.of(FREESTYLE, UNUSED_CONTROL_CHAR, ESCAPED_CHAR, SPECIAL_CHAR,
            LINK, UNDERSCORE_BOLD_START, ASTERISK_BOLD_START, UNDERSCORE_ITALIC_START, ASTERISK_ITALIC_START, TAG,
            ARGUMENT_MENTION, STATEMENT_MENTION, NEWLINE);
    static final Set<TokenType> STATEMENT_FIRST = union(CONTENT_FIRST, EnumSet.of(STATEMENT_REFERENCE, STATEMENT_DEFINITION));
    static final Set<TokenType> ARGUMENT_FIRST = EnumSet.of(ARGUMENT_DEFINITION, ARGUMENT_REFERENCE);
    static final Set<TokenType> RELATION_TOKENS = EnumSet.of(INCOMING_SUPPORT, INCOMING_ATTACK, OUTGOING_SUPPORT,
            OUTGOING_ATTACK, CONTRADICTION, INCOMING_UNDERCUT, OUTGOING_UNDERCUT);
    private static final Set<TokenType> NONE = EnumSet.noneOf(TokenType.class);
    private static final Set<TokenType> AFTER_CONTENT = EnumSet.of(DATA, INDENT);
    private static final Set<TokenType> AFTER_RELATION = union(RELATION_TOKENS, EnumSet.of(DEDENT));
    private static final Set<TokenType> PCS_TAIL_FIRST = EnumSet.of(STATEMENT_NUMBER, INFERENCE_START);

    /** A syntax error: the token where it was found, and a message. */
    record SyntaxError(Token token, String message) {}

    /** Thrown to unwind to the nearest rule whose call site can re-synchronise. */
    private static final class Failure extends RuntimeException {
        Failure() { super(null, null, false, false); }
    }

    private final List<Token> tokens;
    private final Token eof;
    private final List<SyntaxError> errors = new ArrayList<>();
    /** The follow sets of the rule invocations under way, outermost first. */
    private final List<Set<TokenType>> follows = new ArrayList<>();
    private int idx;

    private ArgdownParser(List<Token> tokens) {
        this.tokens = tokens;
        Token lastToken = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        this.eof = new Token(EOF, "", lastToken == null ? 0 : lastToken.offset(), lastToken == null ? 1 : endLine(lastToken), 1);
    }

    /** The parse result: the tree (null when the reference parser would give none) and the syntax errors. */
    record Result(RuleNode tree, List<SyntaxError> errors) {}

    static Result parse(List<Token> tokens) {
        ArgdownParser p = new ArgdownParser(tokens);
        RuleNode tree = p.argdown();
        return new Result(tree, p.errors);
    }

    // ------------------------------------------------------------------ token access

    private Token la(int k) {
        int i = idx + k - 1;
        return i < tokens.size() ? tokens.get(i) : eof;
    }

    private TokenType type(int k) { return la(k).type(); }

    private boolean at(TokenType t) { return type(1) == t; }

    private boolean atAny(Set<TokenType> set) { return set.contains(type(1)); }

    private Token consume(TokenType expected, String message) {
        Token t = la(1);
        if (t.type() == expected) {
            idx++;
            return t;
        }
        error(t, message != null ? message : "Expecting token of type --> " + name(expected) + " <-- but found --> '" + t.image() + "' <--");
        if (type(2) == expected) {
            idx += 2;
            return la(0);
        }
        throw new Failure();
    }

    private Token consume(TokenType expected) { return consume(expected, null); }

    private Failure fail(String message) {
        error(la(1), message);
        return new Failure();
    }

    private void error(Token t, String message) { errors.add(new SyntaxError(t, message)); }

    /** Calls a rule from a call site with the given follow set; on failure re-synchronises like the reference. */
    private RuleNode call(Set<TokenType> follow, java.util.function.Supplier<RuleNode> rule) {
        follows.add(follow);
        try {
            return rule.get();
        } catch (Failure f) {
            TokenType resync = findResyncType();
            if (follow.contains(resync)) {
                while (type(1) != resync) idx++;
                return null;
            }
            throw f;
        } finally {
            follows.remove(follows.size() - 1);
        }
    }

    private TokenType findResyncType() {
        for (int k = idx; ; k++) {
            TokenType t = k < tokens.size() ? tokens.get(k).type() : EOF;
            if (t == EOF) return EOF;
            for (Set<TokenType> f : follows) if (f.contains(t)) return t;
        }
    }

    /**
     * After a repetition stopped on a token that neither continues it nor is the expected follower:
     * skips ahead to either, reporting one error, as the reference's in-repetition recovery does.
     * Returns true when the repetition should run again.
     */
    private boolean recoverInRepetition(TokenType expectedAfter, Set<TokenType> iterationFirst) {
        Token first = la(1);
        if (first.type() == expectedAfter || first.type() == EOF || type(2) == expectedAfter) return false;
        TokenType resync = findResyncType();
        int saved = idx;
        while (true) {
            TokenType t = type(1);
            if (t == expectedAfter) {
                error(first, "Expecting token of type --> " + name(expectedAfter) + " <-- but found --> '" + first.image() + "' <--");
                return false;
            }
            if (iterationFirst.contains(t)) {
                error(first, "Expecting token of type --> " + name(expectedAfter) + " <-- but found --> '" + first.image() + "' <--");
                return true;
            }
            if (t == resync || t == EOF) {
                idx = saved;
                return false;
            }
            idx++;
        }
    }

    // ------------------------------------------------------------------ rules

    private RuleNode argdown() {
        RuleNode node = new RuleNode(Rule.ARGDOWN);
        try {
            if (at(NEWLINE)) idx++;
            if (at(EMPTYLINE)) idx++;
            if (at(FRONT_MATTER)) {
                node.add(la(1));
                idx++;
                if (at(NEWLINE)) idx++;
                node.add(consume(EMPTYLINE));
            }
            Set<TokenType> sep = EnumSet.of(EMPTYLINE);
            if (at(EOF)) {
                // @argdown/core refuses an empty document too ("expecting at least one iteration ... but found ''")
                error(la(1), "The document is empty: it has no heading, statement or argument (only blank lines or comments, if anything).");
                return node;
            }
            node.add(paragraph(sep));
            while (true) {
                while (at(EMPTYLINE)) {
                    node.add(la(1));
                    idx++;
                    node.add(paragraph(sep));
                }
                if (at(EOF)) break;
                if (!recoverInRepetition(EOF, sep)) break;
            }
            if (!at(EOF)) {
                error(la(1), notAllInputParsed(la(1)));
                idx = tokens.size();
            }
            return node;
        } catch (Failure f) {
            return null;
        }
    }

    private RuleNode paragraph(Set<TokenType> follow) {
        TokenType t = type(1);
        if (t == HEADING_START) return call(follow, this::heading);
        if (STATEMENT_FIRST.contains(t)) return call(follow, this::statement);
        if (t == STATEMENT_NUMBER) return call(follow, this::pcs);
        if (ARGUMENT_FIRST.contains(t)) return call(follow, this::argument);
        if (t == INDENT && type(2) == ORDERED_LIST_ITEM) return call(follow, () -> list(Rule.ORDERED_LIST, ORDERED_LIST_ITEM));
        if (t == INDENT && type(2) == UNORDERED_LIST_ITEM) return call(follow, () -> list(Rule.UNORDERED_LIST, UNORDERED_LIST_ITEM));
        Token first = t == INDENT && type(2) != EOF ? la(2) : la(1);
        throw fail(t == EOF || first.type().isRelation() && t != INDENT
                ? invalidRelation() : "Invalid paragraph start. Argdown paragraphs may not start with "
                + describe(first) + ". If you do not want to start a new paragraph, remove any empty lines above this one.");
    }

    private RuleNode heading() {
        RuleNode node = new RuleNode(Rule.HEADING);
        node.add(consume(HEADING_START));
        Set<TokenType> follow = union(CONTENT_FIRST, EnumSet.of(NEWLINE, DATA));
        node.add(call(follow, this::statementContent));
        while (atAny(CONTENT_FIRST)) node.add(call(follow, this::statementContent));
        if (at(DATA) || (at(NEWLINE) && type(2) == DATA)) {
            if (at(NEWLINE)) node.add(consume(NEWLINE));
            node.add(consume(DATA));
            if (at(NEWLINE)) node.add(consume(NEWLINE));
        }
        return node;
    }

    private RuleNode pcs() {
        RuleNode node = new RuleNode(Rule.PCS);
        node.add(call(PCS_TAIL_FIRST, this::pcsStatement));
        if (!atAny(PCS_TAIL_FIRST)) throw fail(at(EOF) || !type(1).isRelation() ? INCOMPLETE_PCS : "Invalid indentation.");
        while (atAny(PCS_TAIL_FIRST)) node.add(call(PCS_TAIL_FIRST, this::pcsTail));
        return node;
    }

    private RuleNode pcsTail() {
        RuleNode node = new RuleNode(Rule.PCS_TAIL);
        while (at(STATEMENT_NUMBER)) node.add(call(PCS_TAIL_FIRST, this::pcsStatement));
        if (!at(INFERENCE_START)) {
            consume(INFERENCE_START, "Missing inference. Use four hyphens (----) between two numbered statements.");
        }
        node.add(call(EnumSet.of(STATEMENT_NUMBER), this::inference));
        if (!at(STATEMENT_NUMBER)) consume(STATEMENT_NUMBER, "Missing conclusion. Please add a numbered statement after the inference.");
        node.add(call(NONE, this::pcsStatement));
        return node;
    }

    private RuleNode pcsStatement() {
        RuleNode node = new RuleNode(Rule.PCS_STATEMENT);
        node.add(consume(STATEMENT_NUMBER));
        node.add(call(NONE, this::statement));
        return node;
    }

    private RuleNode inference() {
        RuleNode node = new RuleNode(Rule.INFERENCE);
        node.add(consume(INFERENCE_START));
        if (FREESTYLE_FIRST.contains(type(1)) || (at(NEWLINE) && FREESTYLE_FIRST.contains(type(2)))) {
            if (at(NEWLINE)) node.add(consume(NEWLINE));
            node.add(call(EnumSet.of(NEWLINE, DATA, INFERENCE_END), this::inferenceRules));
        }
        if (at(NEWLINE)) node.add(consume(NEWLINE));
        if (at(DATA)) {
            node.add(consume(DATA));
            if (at(NEWLINE)) node.add(consume(NEWLINE));
        }
        node.add(consume(INFERENCE_END, "Invalid inference syntax. Please end your inference with two hyphens (--)"));
        node.add(consume(NEWLINE));
        if (at(INDENT)) node.add(call(NONE, this::inferenceRelations));
        return node;
    }

    private RuleNode inferenceRules() {
        RuleNode node = new RuleNode(Rule.INFERENCE_RULES);
        Set<TokenType> follow = EnumSet.of(LIST_DELIMITER);
        node.add(call(follow, this::freestyleText));
        while (at(LIST_DELIMITER)) {
            node.add(consume(LIST_DELIMITER));
            node.add(call(follow, this::freestyleText));
        }
        return node;
    }

    private RuleNode list(Rule rule, TokenType itemToken) {
        RuleNode node = new RuleNode(rule);
        node.add(consume(INDENT));
        Set<TokenType> follow = EnumSet.of(itemToken, DEDENT);
        Rule itemRule = rule == Rule.ORDERED_LIST ? Rule.ORDERED_LIST_ITEM : Rule.UNORDERED_LIST_ITEM;
        do {
            do {
                node.add(call(follow, () -> listItem(itemRule, itemToken)));
            } while (at(itemToken));
        } while (recoverInRepetition(DEDENT, EnumSet.of(itemToken)));
        node.add(consume(DEDENT));
        return node;
    }

    private RuleNode listItem(Rule rule, TokenType itemToken) {
        RuleNode node = new RuleNode(rule);
        node.add(consume(itemToken));
        node.add(statementOrArgument(NONE, Rule.STATEMENT));
        return node;
    }

    private RuleNode statementOrArgument(Set<TokenType> follow, Rule relationRule) {
        if (atAny(STATEMENT_FIRST)) return call(follow, this::statement);
        if (atAny(ARGUMENT_FIRST)) return call(follow, this::argument);
        throw fail(relationRule == Rule.STATEMENT ? "Missing text content."
                : "Missing relation content. Please define or refer to a statement or argument.");
    }

    private RuleNode argument() {
        RuleNode node = new RuleNode(Rule.ARGUMENT);
        if (at(ARGUMENT_DEFINITION)) {
            node.add(consume(ARGUMENT_DEFINITION));
            node.add(call(AFTER_CONTENT, this::statementContent));
        } else {
            node.add(consume(ARGUMENT_REFERENCE));
            while (at(TAG)) node.add(consume(TAG));
            if (at(NEWLINE)) node.add(consume(NEWLINE));
        }
        dataAndRelations(node);
        return node;
    }

    private RuleNode statement() {
        RuleNode node = new RuleNode(Rule.STATEMENT);
        if (atAny(CONTENT_FIRST)) {
            node.add(call(AFTER_CONTENT, this::statementContent));
        } else if (at(STATEMENT_REFERENCE)) {
            node.add(consume(STATEMENT_REFERENCE));
            while (at(TAG)) node.add(consume(TAG));
            if (at(NEWLINE)) node.add(consume(NEWLINE));
        } else if (at(STATEMENT_DEFINITION)) {
            RuleNode def = new RuleNode(Rule.STATEMENT_DEFINITION);
            def.add(consume(STATEMENT_DEFINITION));
            def.add(call(AFTER_CONTENT, this::statementContent));
            node.add(def);
        } else {
            throw fail(atAny(ARGUMENT_FIRST) ? "Invalid statement content. An argument reference or definition can not be "
                    + "used as premise or conclusion within a premise-conclusion-structure." : MISSING_TEXT);
        }
        dataAndRelations(node);
        return node;
    }

    private void dataAndRelations(RuleNode node) {
        if (at(DATA)) {
            node.add(consume(DATA));
            if (at(NEWLINE)) node.add(consume(NEWLINE));
        }
        if (at(INDENT)) node.add(call(NONE, this::relations));
    }

    private RuleNode inferenceRelations() {
        RuleNode node = new RuleNode(Rule.RELATIONS);
        consume(INDENT);
        if (!at(OUTGOING_UNDERCUT)) throw fail(earlyExit("<_ (Outgoing Undercut)"));
        Set<TokenType> follow = EnumSet.of(OUTGOING_UNDERCUT, DEDENT);
        do {
            while (at(OUTGOING_UNDERCUT)) node.add(call(follow, () -> relation(OUTGOING_UNDERCUT)));
        } while (recoverInRepetition(DEDENT, EnumSet.of(OUTGOING_UNDERCUT)));
        consume(DEDENT);
        return node;
    }

    private RuleNode relations() {
        RuleNode node = new RuleNode(Rule.RELATIONS);
        consume(INDENT);
        if (!atAny(RELATION_TOKENS)) throw fail(earlyExit(RELATION_LABELS));
        do {
            while (atAny(RELATION_TOKENS)) {
                TokenType t = type(1);
                node.add(call(AFTER_RELATION, () -> relation(t)));
            }
        } while (recoverInRepetition(DEDENT, RELATION_TOKENS));
        consume(DEDENT);
        return node;
    }

    private RuleNode relation(TokenType t) {
        Rule rule = switch (t) {
            case INCOMING_SUPPORT -> Rule.INCOMING_SUPPORT;
            case INCOMING_ATTACK -> Rule.INCOMING_ATTACK;
            case OUTGOING_SUPPORT -> Rule.OUTGOING_SUPPORT;
            case OUTGOING_ATTACK -> Rule.OUTGOING_ATTACK;
            case CONTRADICTION -> Rule.CONTRADICTION;
            case INCOMING_UNDERCUT -> Rule.INCOMING_UNDERCUT;
            default -> Rule.OUTGOING_UNDERCUT;
        };
        RuleNode node = new RuleNode(rule);
        node.add(consume(t));
        if (rule == Rule.CONTRADICTION) {
            if (!atAny(STATEMENT_FIRST)) throw fail("Missing relation content. Please define or refer to a statement.");
            node.add(call(NONE, this::statement));
        } else {
            node.add(statementOrArgument(NONE, rule));
        }
        return node;
    }

    private RuleNode range(Rule rule, TokenType start, TokenType end, String what) {
        RuleNode node = new RuleNode(rule);
        node.add(consume(start));
        if (atAny(CONTENT_FIRST)) node.add(call(EnumSet.of(end), this::statementContent));
        node.add(consume(end, "Incomplete " + what + ". Append the closing characters to complete the range, "
                + "or escape the opening ones with \\."));
        return node;
    }

    private RuleNode statementContent() {
        RuleNode node = new RuleNode(Rule.STATEMENT_CONTENT);
        if (!atAny(CONTENT_FIRST)) throw fail(MISSING_TEXT);
        while (true) {
            TokenType t = type(1);
            if (FREESTYLE_FIRST.contains(t)) node.add(call(CONTENT_FIRST, this::freestyleText));
            else if (t == LINK || t == TAG || t == ARGUMENT_MENTION || t == STATEMENT_MENTION || t == NEWLINE) node.add(consume(t));
            else if (t == UNDERSCORE_BOLD_START) node.add(call(CONTENT_FIRST, () -> range(Rule.BOLD, t, UNDERSCORE_BOLD_END, "bold text range")));
            else if (t == ASTERISK_BOLD_START) node.add(call(CONTENT_FIRST, () -> range(Rule.BOLD, t, ASTERISK_BOLD_END, "bold text range")));
            else if (t == UNDERSCORE_ITALIC_START) node.add(call(CONTENT_FIRST, () -> range(Rule.ITALIC, t, UNDERSCORE_ITALIC_END, "italic text range")));
            else if (t == ASTERISK_ITALIC_START) node.add(call(CONTENT_FIRST, () -> range(Rule.ITALIC, t, ASTERISK_ITALIC_END, "italic text range")));
            else break;
        }
        return node;
    }

    private RuleNode freestyleText() {
        RuleNode node = new RuleNode(Rule.FREESTYLE_TEXT);
        if (!FREESTYLE_FIRST.contains(type(1))) throw fail(earlyExit("text"));
        while (FREESTYLE_FIRST.contains(type(1))) node.add(consume(type(1)));
        return node;
    }

    // ------------------------------------------------------------------ messages

    private static final String MISSING_TEXT = "Missing text content. Please add a line of text or refer to an existing "
            + "statement or argument instead ([Statement Title] or <Argument Title> without a colon).";
    private static final String INCOMPLETE_PCS = "Incomplete premise-conclusion-structure (pcs). A pcs has to consist of at "
            + "least one premise (a numbered statement: '(1) Statement Text'), one inference (----) and one conclusion.";
    private static final String RELATION_LABELS = "+>, ->, <+, <-, ><, _>, <_";

    private String earlyExit(String what) {
        return "Expecting: expecting at least one iteration which starts with one of these possible Token sequences:: <"
                + what + "> but found: '" + la(1).image() + "'";
    }

    private static String invalidRelation() {
        return "Invalid relation syntax. Only statements and arguments can have relations as child elements, and a "
                + "relation needs a preceding relation or parent with equal or less indentation.";
    }

    private static String notAllInputParsed(Token t) {
        if (t.is(INDENT) || t.type().isRelation()) return invalidRelation();
        if (t.is(INFERENCE_START)) return "Invalid inference position. An inference may only occur within a premise-conclusion-structure.";
        if (t.is(STATEMENT_NUMBER)) return "Invalid position of premise conclusion structure (pcs). Make sure the pcs is preceded by an empty line.";
        if (t.is(ARGUMENT_REFERENCE) || t.is(ARGUMENT_DEFINITION) || t.is(STATEMENT_REFERENCE) || t.is(STATEMENT_DEFINITION)) {
            return "Invalid element position. " + describe(t) + " may only occur at the beginning of a line or after a relation symbol.";
        }
        if (t.is(FREESTYLE)) return "Invalid position of text content. Make sure it is not preceded by a statement or argument reference.";
        return "Redundant input, expecting EOF but found: " + t.image();
    }

    static String describe(Token t) {
        return switch (t.type()) {
            case OUTGOING_SUPPORT -> "an outgoing support relation (+ or <+)";
            case INCOMING_SUPPORT -> "an incoming support relation (+>)";
            case OUTGOING_ATTACK -> "an outgoing attack relation (- or <-)";
            case INCOMING_ATTACK -> "an incoming attack relation (->)";
            case CONTRADICTION -> "a contradictory relation (><)";
            case INCOMING_UNDERCUT -> "an incoming undercut relation (_>)";
            case OUTGOING_UNDERCUT -> "an outgoing undercut relation (<_)";
            case ARGUMENT_DEFINITION -> "an argument definition (<Argument Title>:)";
            case ARGUMENT_REFERENCE -> "an argument reference (<Argument Title>)";
            case STATEMENT_DEFINITION -> "a statement definition ([Statement Title]:)";
            case STATEMENT_REFERENCE -> "a statement reference ([Statement Title])";
            default -> "'" + t.image().strip() + "'";
        };
    }

    private static String name(TokenType t) {
        return switch (t) {
            case EOF -> "EOF";
            case DEDENT -> "Dedent";
            case INDENT -> "Indent";
            default -> t.name();
        };
    }

    private static int endLine(Token t) {
        int line = t.line();
        String s = t.image();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) line++;
        }
        boolean endsWithBreak = !s.isEmpty() && (s.endsWith("\n") || s.endsWith("\r"));
        return endsWithBreak ? line - 1 : line;
    }

    @SafeVarargs
    private static Set<TokenType> union(Set<TokenType>... sets) {
        Set<TokenType> out = EnumSet.noneOf(TokenType.class);
        for (Set<TokenType> s : sets) out.addAll(s);
        return out;
    }
}
