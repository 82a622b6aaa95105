package org.cruxmap.ingest.argdown;

import static org.cruxmap.ingest.argdown.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Argdown text into tokens exactly as the reference lexer does: the same token kinds tried in
 * the same order (first match wins), indentation turned into INDENT and DEDENT tokens, a separate
 * mode inside inference lines. Regular expressions are translated to Java with JavaScript's notion
 * of whitespace and of {@code .}; the few that would backtrack deeply are hand-written scanners.
 */
final class ArgdownLexer {
    /** JavaScript's {@code \s}. */
    static final String WS = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    /** JavaScript's {@code .}: anything but a line terminator. */
    private static final String DOT = "[^\\n\\r\\u2028\\u2029]";
    private static final String COMMENT_CORE = "(?:<!--[^\\u2028\\u2029]*?-->)|(?:/\\*[^\\u2028\\u2029]*?\\*/)|(?://" + DOT + "*?(?=\\r\\n|\\n|\\r))";
    private static final Pattern COMMENT_P = Pattern.compile(COMMENT_CORE);
    private static final Pattern COMMENT_AFTER_EMPTYLINE = Pattern.compile("(?:" + COMMENT_CORE + ")(?:[ \\t]*\\r\\n|\\n|\\r)*+");
    private static final Pattern COMMENT_AFTER_NEWLINE = Pattern.compile(
            "(?:" + COMMENT_CORE + ")(?:[ \\t]*(?:\\r\\n|\\n|\\r)(?!([ \\t]*(\\r\\n|\\n|\\r))))?");
    private static final Pattern FRONT_MATTER_P = Pattern.compile("===+[\\s\\S]*?===+");
    private static final Pattern ESCAPED = Pattern.compile("\\\\" + DOT + " *");
    private static final Pattern SPECIAL = Pattern.compile("(?:\\.[^" + WS + "]+?\\.[ \\t]?)|(?::[^" + WS + "]+?:[ \\t]?)");
    private static final Pattern EMPTYLINE_P = Pattern.compile("(?:[ \\t]*(?:\\r\\n|\\n)){2,}+");
    private static final Pattern NEWLINE_P = Pattern.compile("[ \\t]*(?:\\r\\n|\\n|\\r)");
    private static final Pattern INFERENCE_START_P = Pattern.compile("[' \\t]*-{2}");
    private static final Pattern[] RELATIONS = {
        Pattern.compile("([' \\t]*)(\\+>)"), Pattern.compile("([' \\t]*)(->)"), Pattern.compile("([' \\t]*)(<?\\+)"),
        Pattern.compile("([' \\t]*)(<?-)"), Pattern.compile("([' \\t]*)(><)"), Pattern.compile("([' \\t]*)(_>)"),
        Pattern.compile("([' \\t]*)(<_|(?:_(?=[" + WS + "])))")};
    private static final TokenType[] RELATION_TYPES = {INCOMING_SUPPORT, INCOMING_ATTACK, OUTGOING_SUPPORT,
        OUTGOING_ATTACK, CONTRADICTION, INCOMING_UNDERCUT, OUTGOING_UNDERCUT};
    private static final Pattern HEADING = Pattern.compile("(#+)(?: )");
    private static final Pattern STATEMENT_NUMBER_P = Pattern.compile("[' \\t]*\\(\\d+\\)");
    private static final Pattern ORDERED_ITEM = Pattern.compile("([' \\t]*)\\d+\\.(?=[" + WS + "])");
    private static final Pattern UNORDERED_ITEM = Pattern.compile("([' \\t]*)\\*(?=[" + WS + "])");
    private static final String RANGE_END = "(?:[ \\t]|(?=\\n|\\r|\\)|\\}|_|\\.|,|!|\\?|;|:|-|\\*|$))";
    private static final Pattern AST_BOLD_END = Pattern.compile("\\*\\*" + RANGE_END);
    private static final Pattern US_BOLD_END = Pattern.compile("__" + RANGE_END);
    private static final Pattern AST_ITALIC_END = Pattern.compile("\\*" + RANGE_END);
    private static final Pattern US_ITALIC_END = Pattern.compile("_" + RANGE_END);
    private static final Pattern AST_BOLD_START = Pattern.compile("\\*\\*(?![" + WS + "])");
    private static final Pattern US_BOLD_START = Pattern.compile("__(?![" + WS + "])");
    private static final Pattern AST_ITALIC_START = Pattern.compile("\\*(?![" + WS + "])");
    private static final Pattern US_ITALIC_START = Pattern.compile("_(?![" + WS + "])");
    private static final Pattern LINK_P = Pattern.compile("\\[[^\\]]+?\\]\\([^)]+?\\)[ \\t]?");
    static final String TAG_CHARS = "a-zA-z0-9\\-\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF";
    private static final Pattern TAG_P = Pattern.compile("#(?:\\([^)]+\\)|[" + TAG_CHARS + "]+)[ \\t]?");
    private static final Pattern STATEMENT_DEF = Pattern.compile("\\[" + DOT + "+?\\]:");
    private static final Pattern STATEMENT_REF = Pattern.compile("\\[[^-]" + DOT + "*?\\]");
    private static final Pattern STATEMENT_MENTION_P = Pattern.compile("@\\[" + DOT + "+?\\][ \\t]?");
    private static final Pattern ARGUMENT_DEF = Pattern.compile("<" + DOT + "+?>:");
    private static final Pattern ARGUMENT_REF = Pattern.compile("<[^-]" + DOT + "*?>");
    private static final Pattern ARGUMENT_MENTION_P = Pattern.compile("@<" + DOT + "+?>[ \\t]?");
    private static final Pattern SPACES_P = Pattern.compile("[ \\t]+");
    private static final String CONTROL = "\\\\@#*_\\[\\],.:</>(){}\\r\\n;\\-";
    private static final Pattern FREESTYLE_P = Pattern.compile("[^" + CONTROL + "]+");
    private static final Pattern UNUSED_CONTROL = Pattern.compile("[@#*_\\[\\],.:</>(){};\\-][ \\t]?");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> indentStack = new ArrayList<>(List.of(0));
    private final List<String> rangesStack = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int column = 1;
    private boolean inferenceMode;
    /** Offset of the first character no token matched, or -1. */
    private int errorOffset = -1;
    private int errorLine;
    private int errorColumn;

    private final NextIndex lineBreak;
    private final NextIndex closeBracket;
    private final NextIndex closeBracketColon;
    private final NextIndex closeAngle;
    private final NextIndex closeAngleColon;
    private final NextIndex closeParen;
    private final NextIndex closeHtmlComment;
    private final NextIndex closeBlockComment;
    private int dataFrom = -1;
    private int dataEnd = -1;
    private int dataClose = -1;

    private ArgdownLexer(String text) {
        this.text = text;
        this.lineBreak = new NextIndex(text, "");
        this.closeBracket = new NextIndex(text, "]");
        this.closeBracketColon = new NextIndex(text, "]:");
        this.closeAngle = new NextIndex(text, ">");
        this.closeAngleColon = new NextIndex(text, ">:");
        this.closeParen = new NextIndex(text, ")");
        this.closeHtmlComment = new NextIndex(text, "-->");
        this.closeBlockComment = new NextIndex(text, "*/");
    }

    /** True when {@code close} occurs at or after {@code from} and before the line ends. */
    private boolean onLine(NextIndex close, int from) {
        if (from > text.length()) return false;
        int at = close.from(from);
        if (at < 0) return false;
        int br = lineBreak.from(from);
        return br < 0 || at < br;
    }

    /** The lexer's result: the tokens, and where lexing stopped on a character no token matches. */
    record Result(List<Token> tokens, int errorLine, int errorColumn, String errorChar) {
        boolean failed() { return errorLine > 0; }
    }

    static Result tokenize(String text) {
        ArgdownLexer lexer = new ArgdownLexer(text);
        lexer.run();
        if (lexer.errorOffset >= 0) {
            return new Result(lexer.tokens, lexer.errorLine, lexer.errorColumn,
                    text.substring(lexer.errorOffset, Math.min(text.length(), lexer.errorOffset + 1)));
        }
        return new Result(lexer.tokens, 0, 0, null);
    }

    private void run() {
        int n = text.length();
        while (pos < n) {
            TokenType type = inferenceMode ? matchInference() : matchDefault();
            if (type == null) {
                if (errorOffset < 0) {
                    errorOffset = pos;
                    errorLine = line;
                    errorColumn = column;
                }
                advance(1);
                continue;
            }
            int len = matchLength;
            if (type != COMMENT && type != SPACES) {
                tokens.add(new Token(type, text.substring(pos, pos + len), pos, line, column));
            }
            if (type == INFERENCE_START) inferenceMode = true;
            if (type == INFERENCE_END) inferenceMode = false;
            advance(len);
        }
        if (!tokens.isEmpty() && last().is(EMPTYLINE)) tokens.remove(tokens.size() - 1);
        emitRemainingDedents();
    }

    private int matchLength;

    private TokenType matchInference() {
        if (tryComment()) return COMMENT;
        if (tryRegex(NEWLINE_P)) return NEWLINE;
        if (tryRegex(ESCAPED)) return ESCAPED_CHAR;
        if (tryRegex(SPECIAL)) return SPECIAL_CHAR;
        if (tryInferenceEnd()) return INFERENCE_END;
        if (tryData()) return DATA;
        if (text.charAt(pos) == ',') { matchLength = 1; return LIST_DELIMITER; }
        if (tryRegex(SPACES_P)) return SPACES;
        if (tryRegex(FREESTYLE_P)) return FREESTYLE;
        if (tryRegex(UNUSED_CONTROL)) return UNUSED_CONTROL_CHAR;
        return null;
    }

    private TokenType matchDefault() {
        char c = text.charAt(pos);
        boolean blank = c == ' ' || c == '\t';
        if ((c == '/' || c == '<') && tryComment()) return COMMENT;
        if (c == '=' && tryRegex(FRONT_MATTER_P)) return FRONT_MATTER;
        if (c == '{' && tryData()) return DATA;
        if (c == '\\' && tryRegex(ESCAPED)) return ESCAPED_CHAR;
        if ((c == '.' || c == ':') && tryRegex(SPECIAL)) return SPECIAL_CHAR;
        if ((blank || c == '\r' || c == '\n') && tryEmptyline()) return EMPTYLINE;
        if ((blank || c == '\r' || c == '\n') && tryNewline()) return NEWLINE;
        boolean lineStart = atLineStart(true);
        if (lineStart || atLineStart(false)) {
            boolean indentable = blank || c == '\'';
            if ((indentable || c == '-') && tryInferenceStart()) return INFERENCE_START;
            if (lineStart && (indentable || "+-<>_".indexOf(c) >= 0)) {
                for (int i = 0; i < RELATIONS.length; i++) {
                    if (tryRelation(RELATIONS[i])) return RELATION_TYPES[i];
                }
            }
            if (tryHeading()) return HEADING_START;
            if ((indentable || c == '(') && tryStatementNumber()) return STATEMENT_NUMBER;
            if ((indentable || (c >= '0' && c <= '9')) && tryListItem(ORDERED_ITEM)) return ORDERED_LIST_ITEM;
            if ((indentable || c == '*') && tryListItem(UNORDERED_ITEM)) return UNORDERED_LIST_ITEM;
        }
        if (c == '*' || c == '_') {
            if (tryRangeEnd(AST_BOLD_END, "AsteriskBold")) return ASTERISK_BOLD_END;
            if (tryRangeEnd(US_BOLD_END, "UnderscoreBold")) return UNDERSCORE_BOLD_END;
            if (tryRangeEnd(AST_ITALIC_END, "AsteriskItalic")) return ASTERISK_ITALIC_END;
            if (tryRangeEnd(US_ITALIC_END, "UnderscoreItalic")) return UNDERSCORE_ITALIC_END;
            if (tryRangeStart(AST_BOLD_START, "AsteriskBold")) return ASTERISK_BOLD_START;
            if (tryRangeStart(US_BOLD_START, "UnderscoreBold")) return UNDERSCORE_BOLD_START;
            if (tryRangeStart(AST_ITALIC_START, "AsteriskItalic")) return ASTERISK_ITALIC_START;
            if (tryRangeStart(US_ITALIC_START, "UnderscoreItalic")) return UNDERSCORE_ITALIC_START;
        }
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        if (c == '[' && linkPossible() && tryRegex(LINK_P)) return LINK;
        if (c == '#' && (next != '(' || closeParen.from(pos + 2) >= 0) && tryRegex(TAG_P)) return TAG;
        if (c == '[') {
            if (onLine(closeBracketColon, pos + 2) && tryRegex(STATEMENT_DEF)) return STATEMENT_DEFINITION;
            if (onLine(closeBracket, pos + 2) && tryRegex(STATEMENT_REF)) return STATEMENT_REFERENCE;
        }
        if (c == '@' && next == '[' && onLine(closeBracket, pos + 3) && tryRegex(STATEMENT_MENTION_P)) return STATEMENT_MENTION;
        if (c == '<') {
            if (onLine(closeAngleColon, pos + 2) && tryRegex(ARGUMENT_DEF)) return ARGUMENT_DEFINITION;
            if (onLine(closeAngle, pos + 2) && tryRegex(ARGUMENT_REF)) return ARGUMENT_REFERENCE;
        }
        if (c == '@' && next == '<' && onLine(closeAngle, pos + 3) && tryRegex(ARGUMENT_MENTION_P)) return ARGUMENT_MENTION;
        if (blank) {
            int k = pos;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
            matchLength = k - pos;
            return SPACES;
        }
        if (!isControl(c)) {
            int k = pos + 1;
            int n = text.length();
            while (k < n && !isControl(text.charAt(k))) k++;
            matchLength = k - pos;
            return FREESTYLE;
        }
        if (tryRegex(UNUSED_CONTROL)) return UNUSED_CONTROL_CHAR;
        return null;
    }

    /** The characters Freestyle text stops at. */
    private static final String CONTROL_CHARS = "\\@#*_[],.:</>(){}\r\n;-";
    private static final boolean[] CONTROL_TABLE = new boolean[128];

    static {
        for (char ch : CONTROL_CHARS.toCharArray()) CONTROL_TABLE[ch] = true;
    }

    private static boolean isControl(char c) { return c < 128 && CONTROL_TABLE[c]; }

    private boolean tryNewline() {
        int k = pos;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        if (k >= text.length()) return false;
        char c = text.charAt(k);
        if (c == '\n') { matchLength = k + 1 - pos; return true; }
        if (c == '\r') { matchLength = k + (k + 1 < text.length() && text.charAt(k + 1) == '\n' ? 2 : 1) - pos; return true; }
        return false;
    }

    // ------------------------------------------------------------------ matchers

    private final java.util.IdentityHashMap<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();

    /** One matcher per pattern: switching a matcher's pattern costs more than the match. */
    private Matcher matcher(Pattern p) {
        Matcher mm = matchers.get(p);
        if (mm == null) {
            mm = p.matcher(text);
            matchers.put(p, mm);
        }
        mm.region(pos, text.length());
        return mm;
    }

    private boolean tryRegex(Pattern p) {
        Matcher m = matcher(p);
        if (m.lookingAt()) {
            matchLength = m.end() - pos;
            return matchLength > 0;
        }
        return false;
    }

    private boolean tryComment() {
        char c = text.charAt(pos);
        if (c != '/' && c != '<') return false;
        if (text.startsWith("<!--", pos) ? closeHtmlComment.from(pos + 4) < 0
                : text.startsWith("/*", pos) ? closeBlockComment.from(pos + 2) < 0
                : !text.startsWith("//", pos) || lineBreak.from(pos) < 0) return false;
        Token lastToken = last();
        Pattern p = lastToken != null && lastToken.is(EMPTYLINE) ? COMMENT_AFTER_EMPTYLINE
                : lastToken != null && lastToken.is(NEWLINE) ? COMMENT_AFTER_NEWLINE : COMMENT_P;
        return tryRegex(p);
    }

    /** The Data token: a YAML flow map in braces, scanned by hand (the reference regex backtracks). */
    private boolean tryData() {
        if (text.charAt(pos) != '{') return false;
        int n = text.length();
        if (dataFrom >= 0 && pos > dataFrom && pos < dataEnd) {
            if (dataClose <= pos) return false;
            matchLength = dataClose + 1 - pos;
            return true;
        }
        int end = pos + 1;
        while (end < n) {
            char c = text.charAt(end);
            if (c == '\r' || c == '\u2028' || c == '\u2029') break;
            if (c == '}' && end + 2 < n && isJsSpace(text.charAt(end + 1))
                    && text.charAt(end + 2) != ',' && text.charAt(end + 2) != '}') break;
            end++;
        }
        for (int q = Math.min(end, n - 1); q > pos; q--) {
            if (text.charAt(q) != '}') continue;
            int k = q + 1;
            while (k < n && isJsSpace(text.charAt(k))) k++;
            if (k < n && (text.charAt(k) == ',' || text.charAt(k) == '}')) continue;
            remember(end, q);
            matchLength = q + 1 - pos;
            return true;
        }
        remember(end, -1);
        return false;
    }

    private void remember(int end, int close) {
        dataFrom = pos;
        dataEnd = end;
        dataClose = close;
    }

    /** A link needs a ']' (after at least one other character), then '(' and a ')' after at least one more. */
    private boolean linkPossible() {
        int close = closeBracket.from(pos + 2);
        if (close < 0 || text.charAt(pos + 1) == ']' || close + 1 >= text.length() || text.charAt(close + 1) != '(') return false;
        return closeParen.from(close + 3) >= 0;
    }

    private boolean tryInferenceEnd() {
        int k = pos;
        while (k < text.length() && text.charAt(k) == '-') k++;
        matchLength = k - pos;
        return matchLength >= 2;
    }

    private boolean tryEmptyline() {
        char c = text.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
        Token lastToken = last();
        if (lastToken != null && lastToken.is(EMPTYLINE)) return false;
        if (!tryRegex(EMPTYLINE_P)) return false;
        if (pos + matchLength < text.length()) emitRemainingDedents();
        return true;
    }

    private boolean atLineStart(boolean orAfterEmptyline) {
        Token lastToken = last();
        return lastToken == null || lastToken.is(NEWLINE) || (orAfterEmptyline && lastToken.is(EMPTYLINE));
    }

    private boolean tryInferenceStart() {
        if (!atLineStart(false) || !tryRegex(INFERENCE_START_P)) return false;
        emitRemainingDedents();
        return true;
    }

    private boolean tryRelation(Pattern p) {
        if (!atLineStart(true)) return false;
        Matcher m = matcher(p);
        if (!m.lookingAt()) return false;
        matchLength = m.end() - pos;
        emitIndentOrDedent(m.end(1) - m.start(1));
        return true;
    }

    private boolean tryHeading() {
        if (text.charAt(pos) != '#') return false;
        return atLineStart(true) && tryRegex(HEADING);
    }

    private boolean tryStatementNumber() {
        if (!atLineStart(true) || !tryRegex(STATEMENT_NUMBER_P)) return false;
        emitRemainingDedents();
        return true;
    }

    private boolean tryListItem(Pattern p) {
        if (!atLineStart(true)) return false;
        Matcher m = matcher(p);
        if (!m.lookingAt()) return false;
        matchLength = m.end() - pos;
        emitIndentOrDedent(m.end(1) - m.start(1) + 1);
        return true;
    }

    private boolean tryRangeStart(Pattern p, String range) {
        if (!tryRegex(p)) return false;
        rangesStack.add(range);
        return true;
    }

    private boolean tryRangeEnd(Pattern p, String range) {
        if (rangesStack.isEmpty() || !rangesStack.get(rangesStack.size() - 1).equals(range)) return false;
        if (tokens.isEmpty()) return false;
        if (!tryRegex(p)) return false;
        rangesStack.remove(rangesStack.size() - 1);
        return true;
    }

    // ------------------------------------------------------------------ indentation

    private void emitIndentOrDedent(int level) {
        int lastLevel = indentStack.get(indentStack.size() - 1);
        if (level > lastLevel) {
            indentStack.add(level);
            tokens.add(new Token(INDENT, "", pos, line, 1));
        } else if (level < lastLevel) {
            while (indentStack.size() > 1 && level < lastLevel) {
                indentStack.remove(indentStack.size() - 1);
                lastLevel = indentStack.get(indentStack.size() - 1);
                tokens.add(new Token(DEDENT, "", pos, line, 1));
            }
        }
    }

    private void emitRemainingDedents() {
        while (indentStack.size() > 1) {
            tokens.add(new Token(DEDENT, "", pos, line, column));
            indentStack.remove(indentStack.size() - 1);
        }
    }

    private Token last() { return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1); }

    private void advance(int len) {
        int end = pos + len;
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        pos = end;
    }

    static boolean isJsSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u00A0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }
}
