package org.cruxmap.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.server.analysis.Budget;
import org.cruxmap.server.analysis.Framework;
import org.cruxmap.server.analysis.LabellingSearch;
import org.cruxmap.server.analysis.MapGraph;
import org.cruxmap.server.analysis.Semantics;
import org.cruxmap.server.analysis.SemanticsResult;
import org.cruxmap.server.analysis.TgfReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "semantics", mixinStandardHelpOptions = true,
        description = {"Prints the extensions of a Dung framework (.tgf) or of an argument map (.argdown, AIF .json, or RDF),"
                + " one per line as {a, b}. Supports enter maps by supported attack and attacks on premises (docs/semantics.md).",
                "Exit 0 ok, 1 when the search hit its time limit (the extensions found so far are printed), 2 bad input or usage."})
public final class SemanticsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a .tgf framework, or a map in any format Cruxmap reads")
    Path file;

    @Option(names = "--semantics", paramLabel = "S", defaultValue = "grounded", description = "grounded (default), preferred or stable")
    String semantics;

    @Option(names = "--format", paramLabel = "F", description = "tgf, or a format name as for import (default: from the extension)")
    String format;

    @Option(names = "--time-limit-ms", paramLabel = "MS", defaultValue = "60000", description = "time bound of the preferred and stable search (default 60000)")
    long timeLimitMs;

    @Option(names = "--labels", description = "also print every node's label (in, out, undec) of each labelling")
    boolean labels;

    @Option(names = "--json", description = "print one JSON object, as GET /api/semantics answers")
    boolean json;

    @Override
    public Integer call() throws IOException {
        var sem = Semantics.byName(semantics);
        if (sem.isEmpty()) return Cli.usage("unknown semantics '" + semantics + "'; allowed: " + Semantics.names());
        if (timeLimitMs < 1) return Cli.usage("--time-limit-ms must be at least 1");
        if (!java.nio.file.Files.isRegularFile(file)) {
            Cli.err(file + ": error: no such file");
            return 2;
        }
        String name = file.toString();
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        String fmt = format != null ? format : extension(name);
        Framework f;
        if (fmt.equalsIgnoreCase("tgf")) {
            TgfReader.Result r = TgfReader.read(bytes, name);
            r.diagnostics().forEach(d -> Cli.err(d.format()));
            if (r.hasErrors()) return 2;
            f = r.framework();
        } else {
            var known = Format.byName(fmt);
            if (known.isEmpty() || known.get() == Format.TEXT) {
                return Cli.usage(name + ": cannot compute semantics of format '" + fmt + "'; use .tgf, .argdown, AIF .json or an RDF format");
            }
            Ingest ingest = Ingest.standard();
            if (!ingest.supports(known.get())) {
                Cli.err(name + ": error: this build has no reader for " + known.get().shortName() + " files yet");
                return 2;
            }
            ReadResult r = ingest.read(bytes, known.get(), ReadContext.of(name));
            boolean fatal = false;
            for (Diagnostic d : r.diagnostics()) {
                // shape violations (missing status, labels) do not stop the analysis; parse errors do
                boolean shape = d.code().equals("shacl");
                Cli.err(shape && d.isError() ? d.format().replaceFirst(": error: ", ": warning: ") : d.format());
                if (d.isError() && !shape) fatal = true;
            }
            if (fatal) return 2;
            f = MapGraph.of(r.model()).framework();
        }
        SemanticsResult result = LabellingSearch.run(f, sem.get(), Budget.millis(timeLimitMs));
        if (json) print(result);
        else {
            if (result.labellings().isEmpty()) Cli.err(name + ": no " + sem.get().word() + " extension");
            for (var l : result.labellings()) {
                Cli.out("{" + String.join(", ", l.extension()) + "}");
                if (labels) l.asMap().forEach((id, lab) -> Cli.out("  " + id + " " + lab.word()));
            }
        }
        if (!result.complete()) {
            Cli.err(name + ": warning: the search stopped (" + result.stopReason() + ") after " + result.millis()
                    + " ms; the extensions printed are those found so far" + (sem.get() == Semantics.PREFERRED
                    ? ", maximal among them but not proven preferred" : ""));
            return 1;
        }
        return 0;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static void print(SemanticsResult r) throws IOException {
        Cli.out(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r.summary()));
    }
}
