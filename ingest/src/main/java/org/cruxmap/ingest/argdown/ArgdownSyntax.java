package org.cruxmap.ingest.argdown;

/**
 * Reads Argdown text into the reference model: lex, parse with recovery, build. Never throws for bad
 * input: lexer, syntax, data and model problems are collected in the document. Parsing runs on a
 * thread with a large stack so deeply nested relations cannot overflow it.
 */
final class ArgdownSyntax {
    private static final long STACK = 512L << 20;

    private ArgdownSyntax() {}

    static ArgdownDocument read(String text, String fileName) {
        ArgdownDocument doc = new ArgdownDocument();
        Runnable work = () -> readInto(text, fileName, doc);
        Thread t = new Thread(null, work, "argdown-parse", STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return doc;
    }

    private static void readInto(String text, String fileName, ArgdownDocument doc) {
        try {
            ArgdownLexer.Result lexed = ArgdownLexer.tokenize(text);
            if (lexed.failed()) {
                doc.syntaxErrors.add(new ArgdownParser.SyntaxError(
                        new Token(TokenType.EOF, lexed.errorChar(), 0, lexed.errorLine(), lexed.errorColumn()),
                        "unexpected character '" + lexed.errorChar() + "' (a backslash must escape a character on its line)"));
                return;
            }
            ArgdownParser.Result parsed = ArgdownParser.parse(lexed.tokens());
            doc.syntaxErrors.addAll(parsed.errors());
            ModelBuilder.build(parsed.tree(), doc, fileName);
        } catch (StackOverflowError e) {
            doc.syntaxErrors.add(new ArgdownParser.SyntaxError(new Token(TokenType.EOF, "", 0, 1, 1),
                    "the file nests relations too deeply to be read"));
        }
    }
}
