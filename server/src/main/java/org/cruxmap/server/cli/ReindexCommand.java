package org.cruxmap.server.cli;

import java.util.concurrent.Callable;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the store (it is also rebuilt on open when missing, stale or corrupt).")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (Store store = storeOptions.openExisting(); SearchIndex index = Indexes.open(store, storeOptions);
             Indexes.ProgressBar bar = new Indexes.ProgressBar("reindexing")) {
            long t0 = System.nanoTime();
            long n = index.reindex(bar);
            bar.close();
            Cli.out("reindexed " + n + " nodes in " + (System.nanoTime() - t0) / 1_000_000 + " ms"
                    + index.path().map(p -> " into " + p).orElse(" (in memory)"));
            return 0;
        }
    }
}
