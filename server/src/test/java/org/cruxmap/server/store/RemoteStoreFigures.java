package org.cruxmap.server.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.index.SearchQuery;
import org.junit.jupiter.api.Test;

/**
 * Figures of the remote store against an in-process Fuseki (not run by {@code mvn verify}; run with
 * {@code mvn -q -B -o test -pl server -am -Dtest=RemoteStoreFigures -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code server/target/surefire-reports/org.cruxmap.server.store.RemoteStoreFigures-output.txt}).
 */
class RemoteStoreFigures {
    private static final int STATEMENTS = Integer.getInteger("cruxmap.figures.statements", 20_000);

    private static String map(int n) {
        StringBuilder b = new StringBuilder("""
                @prefix cm: <https://w3id.org/cruxmap/ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix id: <https://w3id.org/cruxmap/id/> .
                """);
        for (int i = 0; i < n; i++) {
            b.append("id:statement\\/s").append(i).append(" a cm:Statement, cm:Claim ; rdfs:label \"Statement number ").append(i)
                    .append("\" ; cm:text \"Generated claim ").append(i).append(" about coherence and agency.\" ; cm:status cm:unverified");
            if (i > 0) b.append(" ; cm:supports id:statement\\/s").append(i / 2);
            b.append(" .\n");
        }
        return b.toString();
    }

    private static double ms(long t0) { return (System.nanoTime() - t0) / 1e6; }

    @Test
    void importRefreshConnectAndVisibilityLag() throws Exception {
        byte[] bytes = map(STATEMENTS).getBytes(UTF_8);
        try (InProcessFuseki fuseki = new InProcessFuseki();
             KnowledgeBase local = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
             KnowledgeBase a = new KnowledgeBase(RemoteStore.connect(fuseki.url(), 1000), Ingest.standard());
             KnowledgeBase b = new KnowledgeBase(RemoteStore.connect(fuseki.url(), 1000), Ingest.standard());
             SearchIndex bIndex = SearchIndex.inMemory(b.store(), IndexProgress.NONE)) {
            local.importFile(ImportRequest.of("warm.ttl", map(200).getBytes(UTF_8)));
            a.importFile(ImportRequest.of("warm.ttl", map(200).getBytes(UTF_8)));

            long t0 = System.nanoTime();
            ImportOutcome lo = local.importFile(ImportRequest.of("big.ttl", bytes));
            double localMs = ms(t0);
            t0 = System.nanoTime();
            ImportOutcome ro = a.importFile(ImportRequest.of("big.ttl", bytes));
            double remoteMs = ms(t0);
            long written = System.nanoTime();
            int polls = 0;
            while (bIndex.search(new SearchQuery("\"Statement number " + (STATEMENTS - 1) + "\"", java.util.List.of(), java.util.List.of(),
                    java.util.List.of(), java.util.List.of(), java.util.List.of(), 1, 0)).total() == 0) {
                polls++;
                Thread.sleep(10);
            }
            double lagMs = ms(written);
            t0 = System.nanoTime();
            try (RemoteStore c = RemoteStore.connect(fuseki.url(), 1000)) {
                double connectMs = ms(t0);
                System.out.printf("statements %d, triples %d%n", STATEMENTS, ro.triples());
                System.out.printf("import (parse + SHACL + write): local mem %.0f ms, remote Fuseki %.0f ms (%.0f triples/s)%n",
                        localMs, remoteMs, ro.triples() / (remoteMs / 1000));
                System.out.printf("visible in server B's search after %.0f ms (poll 1000 ms; %d searches tried)%n", lagMs, polls);
                System.out.printf("a third server connects (full copy of %d graphs) in %.0f ms%n", c.graphs().size(), connectMs);
                if (lo.triples() != ro.triples()) throw new AssertionError("local and remote imports differ");
            }
        }
    }
}
