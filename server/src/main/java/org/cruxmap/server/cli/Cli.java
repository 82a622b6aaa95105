package org.cruxmap.server.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.server.app.ImportOutcome;

/** Printing and exit codes shared by the commands: 0 ok, 1 failure, 2 bad input or usage. */
final class Cli {
    static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);

    private Cli() {}

    static void out(String line) { OUT.println(line); }

    static void err(String line) { ERR.println(line); }

    /** A usage mistake: says what and returns 2. */
    static int usage(String message) {
        err("cruxmap: " + message);
        return 2;
    }

    /** Prints every diagnostic and a summary line per file; 2 when any file had errors. */
    static int report(List<ImportOutcome> outcomes, String verb) {
        boolean errors = false;
        for (ImportOutcome o : outcomes) {
            for (Diagnostic d : o.diagnostics()) err(d.format());
            if (o.failed() || o.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                errors = true;
                err(o.fileName() + ": " + o.diagnostics().stream().filter(Diagnostic::isError).count()
                        + (verb.equals("imported") ? " error(s); nothing of this file was written" : " error(s)"));
            } else {
                out(o.fileName() + ": " + verb + ", " + o.triples() + " triples" + (o.written() ? " in <" + o.graphIri() + ">" : ""));
            }
        }
        return errors ? 2 : 0;
    }
}
