package org.cruxmap.server.cli;

import org.cruxmap.server.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar cruxmap.jar <command>}. Exit 0 ok, 1 failure, 2 bad input or usage. */
@Command(name = "cruxmap", mixinStandardHelpOptions = true, version = "cruxmap 0.1.0",
        description = "An argument-mapping knowledge base: claims, cruxes and evidence as RDF.",
        subcommands = {ServeCommand.class, ImportCommand.class, SparqlCommand.class, ExportCommand.class,
                ValidateCommand.class, SearchCommand.class, GenerateCommand.class, ReindexCommand.class, SemanticsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        org.apache.jena.sys.JenaSystem.init();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new java.io.PrintWriter(Cli.OUT, true));
        cl.setErr(new java.io.PrintWriter(Cli.ERR, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof StoreException || e instanceof java.io.IOException || e instanceof IllegalArgumentException) {
                Cli.err("cruxmap: error: " + e.getMessage());
                return e instanceof IllegalArgumentException ? 2 : 1;
            }
            Cli.err("cruxmap: failure: " + e);
            return 1;
        });
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, argv) -> {
            int code = usage.handleParseException(e, argv);
            // "cruxmap search -rock": a query of words to exclude reads as an unknown option
            if (e.getCommandLine().getCommandName().equals("search")) {
                java.util.Arrays.stream(argv).filter(a -> a.matches("-[^-].*") && !a.matches("-[hV]+")).findFirst()
                        .ifPresent(q -> Cli.err("cruxmap: a query that starts with '-' goes after --: cruxmap search [OPTIONS] -- "
                                + (q.contains(" ") ? "\"" + q + "\"" : q)));
            }
            return code;
        });
        return cl.execute(args);
    }

    /** No command given: a usage error (exit 2), with the commands listed on stderr. */
    @Override
    public Integer call() {
        Cli.err("cruxmap: error: give a command");
        new CommandLine(this).usage(Cli.ERR);
        return 2;
    }
}
