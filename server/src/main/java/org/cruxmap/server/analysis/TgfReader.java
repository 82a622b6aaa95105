package org.cruxmap.server.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cruxmap.ingest.Diagnostic;

/**
 * Reads Trivial Graph Format as the ICCMA competitions use it for Dung frameworks: one node id per
 * line (anything after the id is a label and ignored), a line {@code #}, then one attack per line
 * as two ids. Blank lines are skipped. Never throws: an attack naming an undeclared node, a line
 * with one id after {@code #}, or a repeated node is reported with its line and column.
 */
public final class TgfReader {
    private TgfReader() {}

    /** A framework read from TGF, with every diagnostic; the framework is null when there were errors. */
    public record Result(Framework framework, List<Diagnostic> diagnostics) {
        public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
    }

    /** Reads TGF bytes (UTF-8) from the named file. */
    public static Result read(byte[] bytes, String fileName) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        String[] lines = text.split("\r\n|\r|\n", -1);
        Framework.Builder b = Framework.builder();
        List<Diagnostic> diags = new ArrayList<>();
        boolean edges = false;
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            List<int[]> tokens = tokens(line);
            if (tokens.isEmpty()) continue;
            String first = token(line, tokens.get(0));
            if (!edges && first.equals("#") && tokens.size() == 1) {
                edges = true;
                continue;
            }
            if (!edges) {
                if (first.startsWith("#")) {
                    diags.add(Diagnostic.error("tgf-separator", fileName, ln + 1, tokens.get(0)[0] + 1,
                            "the separator line must hold '#' alone, got '" + line.strip() + "'"));
                } else if (b.has(first)) {
                    diags.add(Diagnostic.warning("tgf-duplicate-node", fileName, ln + 1, tokens.get(0)[0] + 1,
                            "node '" + first + "' is declared twice"));
                } else {
                    b.node(first);
                }
                continue;
            }
            if (tokens.size() < 2) {
                diags.add(Diagnostic.error("tgf-attack", fileName, ln + 1, tokens.get(0)[1] + 1,
                        "an attack needs two node ids, 'from to'; found only '" + first + "'"));
                continue;
            }
            String second = token(line, tokens.get(1));
            boolean ok = true;
            for (int k = 0; k < 2; k++) {
                String id = k == 0 ? first : second;
                if (!b.has(id)) {
                    diags.add(Diagnostic.error("tgf-unknown-node", fileName, ln + 1, tokens.get(k)[0] + 1,
                            "attack names node '" + id + "', which is not declared before '#'"));
                    ok = false;
                }
            }
            if (ok && !b.attack(first, second)) {
                diags.add(Diagnostic.warning("tgf-duplicate-attack", fileName, ln + 1, tokens.get(0)[0] + 1,
                        "attack " + first + " -> " + second + " is listed twice"));
            }
        }
        boolean errors = diags.stream().anyMatch(Diagnostic::isError);
        return new Result(errors ? null : b.build(), List.copyOf(diags));
    }

    /** Start and end offsets of the whitespace-separated tokens of a line. */
    private static List<int[]> tokens(String line) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= line.length()) break;
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) i++;
            out.add(new int[] {start, i});
        }
        return out;
    }

    private static String token(String line, int[] t) { return line.substring(t[0], t[1]); }
}
