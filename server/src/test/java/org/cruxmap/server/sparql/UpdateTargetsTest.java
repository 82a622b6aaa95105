package org.cruxmap.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ADD, COPY and MOVE between two names of the same stored graph leave it as it was, as between a graph and itself. */
class UpdateTargetsTest {
    private final KnowledgeBase kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
    private final UpdateService updates = new UpdateService(kb, 5_000);

    @AfterEach
    void close() { kb.close(); }

    private long inDefault() { return kb.store().read(ds -> ds.getNamedModel(StoreView.DEFAULT_GRAPH).size()); }

    @Test
    void copyingOrMovingTheDefaultGraphOntoItsOwnStoredNameLosesNothing() {
        updates.run("INSERT DATA { <urn:s> <urn:p> 1 . <urn:s> <urn:p> 2 }", null);
        assertEquals(2, inDefault());
        for (String op : new String[] {"COPY DEFAULT TO <" + StoreView.DEFAULT_GRAPH + ">", "MOVE DEFAULT TO <" + StoreView.DEFAULT_GRAPH + ">",
                "COPY <" + StoreView.DEFAULT_GRAPH + "> TO DEFAULT", "MOVE <urn:x-arq:DefaultGraph> TO DEFAULT", "ADD DEFAULT TO <" + StoreView.DEFAULT_GRAPH + ">"}) {
            updates.run(op, null);
            assertEquals(2, inDefault(), op);
        }
        updates.run("COPY DEFAULT TO <urn:g>", null);
        assertEquals(2L, (long) kb.store().read(ds -> ds.getNamedModel("urn:g").size()), "a real copy still copies");
    }
}
