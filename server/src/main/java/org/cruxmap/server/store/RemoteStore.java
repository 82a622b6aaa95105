package org.cruxmap.server.store;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.cruxmap.ontology.CM;

/**
 * A store whose data lives in a SPARQL 1.1 endpoint (Fuseki, GraphDB, Virtuoso, Neptune). Every
 * write is one SPARQL Update request that carries the new graph content, its record in the system
 * graph and the bump of the shared change counter, so it lands whole or not at all. Reads are served
 * from a local replica (TDB2 in memory) that follows the endpoint: when the replica is older than
 * the poll interval, a read first asks the endpoint for its counter, and when that moved, fetches
 * the graphs whose revision changed (Graph Store Protocol GET). Several Cruxmap servers can so share
 * one endpoint; each sees the others' writes within the poll interval. When the endpoint cannot be
 * reached, reads that need a check and every write fail with a {@link StoreException}; the next
 * request after it comes back is served in full.
 */
public final class RemoteStore implements Store {
    private static final Node SYSTEM = NodeFactory.createURI(CM.SYSTEM_GRAPH);

    private final Endpoint endpoint;
    private final Dataset replica;
    private final long pollNanos;
    private final AtomicLong counter = new AtomicLong();
    private final ChangeLog log = new ChangeLog();
    /** Held while the replica takes in changes (a refresh, or this server's own write). */
    private final ReentrantLock refreshLock = new ReentrantLock();
    /** Orders this server's writes. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile long checkedAt;

    private RemoteStore(String url, long pollMillis, Duration connectTimeout) {
        this.endpoint = new Endpoint(url, connectTimeout);
        this.pollNanos = Math.max(0, pollMillis) * 1_000_000L;
        this.replica = TDB2Factory.createDataset();
        replica.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Connects to the endpoint at {@code url} (a Fuseki-style dataset URL that answers queries, updates
     * and the Graph Store Protocol) and copies all its data into the replica.
     */
    public static RemoteStore connect(String url, long pollMillis) {
        check(url);
        RemoteStore store = new RemoteStore(url, pollMillis, Duration.ofSeconds(5));
        try {
            store.loadAll();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** True when the text names a remote store (an http or https URL). */
    public static boolean isUrl(String s) { return s != null && (s.startsWith("http://") || s.startsWith("https://")); }

    private static void check(String url) {
        try {
            URI u = new URI(url);
            if (!isUrl(url) || u.getHost() == null) throw new IllegalArgumentException("bad store URL '" + url + "': give http://HOST:PORT/DATASET");
            if (u.getRawQuery() != null || u.getRawFragment() != null) {
                throw new IllegalArgumentException("bad store URL '" + url + "': the dataset URL takes no query or fragment");
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("bad store URL '" + url + "': " + e.getReason());
        }
    }

    @Override public String kind() { return endpoint.url(); }

    @Override public long changeCounter() { return counter.get(); }

    @Override public Optional<Set<String>> changedSince(long from) { return log.since(from, counter.get()); }

    @Override
    public void sync() {
        // A thread inside a read of the replica keeps its snapshot; it syncs on its next read.
        if (fresh() || replica.isInTransaction()) return;
        refreshLock.lock();
        try {
            if (!fresh()) refresh();
        } finally {
            refreshLock.unlock();
        }
    }

    private boolean fresh() { return System.nanoTime() - checkedAt < pollNanos; }

    @Override
    public <T> T read(Function<Dataset, T> work) {
        sync();
        return Txn.calculateRead(replica, () -> work.apply(replica));
    }

    @Override
    public List<GraphRecord> graphs() {
        sync();
        return Txn.calculateRead(replica, () -> SystemGraph.graphs(replica));
    }

    @Override
    public void replaceGraph(GraphRecord record, Model model) {
        writeLock.lock();
        try {
            String revision = UUID.randomUUID().toString();
            endpoint.update(RemoteWrites.replace(record, model.getGraph(), revision));
            applyOwnWrite(record.graphIri(), revision, dsg -> {
                Node g = NodeFactory.createURI(record.graphIri());
                dsg.removeGraph(g);
                model.getGraph().find().forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                SystemGraph.record(SystemGraph.of(replica), record, revision);
            });
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public boolean removeGraph(String graphIri) {
        writeLock.lock();
        try {
            boolean existed = read(ds -> ds.containsNamedModel(graphIri));
            endpoint.update(RemoteWrites.remove(graphIri));
            applyOwnWrite(graphIri, null, dsg -> {
                dsg.removeGraph(NodeFactory.createURI(graphIri));
                Model system = SystemGraph.of(replica);
                system.removeAll(system.createResource(graphIri), null, null);
            });
            return existed;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs the work on the replica inside a transaction that is then abandoned, sends the new content
     * of every graph it touched to the endpoint in one update, and refreshes the replica from there.
     * Whole graphs travel (not the changed triples) because blank nodes have no name outside a store.
     */
    @Override
    public void write(Consumer<Dataset> work) {
        writeLock.lock();
        try {
            refreshNow();
            Map<Node, Graph> contents = new LinkedHashMap<>();
            replica.begin(org.apache.jena.query.ReadWrite.WRITE);
            try {
                GraphTracker tracker = new GraphTracker(replica.asDatasetGraph());
                work.accept(DatasetFactory.wrap(tracker));
                for (Node g : tracker.touched()) {
                    if (g.equals(SYSTEM)) continue;
                    Graph copy = GraphFactory.createDefaultGraph();
                    replica.asDatasetGraph().getGraph(g).find().forEach(copy::add);
                    contents.put(g, copy);
                }
            } finally {
                replica.abort();
                replica.end();
            }
            if (contents.isEmpty()) return;
            Map<String, String> revisions = new LinkedHashMap<>();
            for (Node g : contents.keySet()) revisions.put(g.getURI(), UUID.randomUUID().toString());
            endpoint.update(RemoteWrites.replaceAll(contents, revisions));
            refreshNow();
        } finally {
            writeLock.unlock();
        }
    }

    /** Applies this server's own committed write to the replica, unless a refresh already brought it in. */
    private void applyOwnWrite(String graphIri, String revision, Consumer<DatasetGraph> change) {
        refreshLock.lock();
        try {
            long from = counter.get();
            if (revision != null) {
                String have = Txn.calculateRead(replica, () -> SystemGraph.revisions(SystemGraph.of(replica)).get(graphIri));
                if (revision.equals(have)) return;
            }
            Txn.executeWrite(replica, () -> {
                change.accept(replica.asDatasetGraph());
                SystemGraph.setCounter(SystemGraph.of(replica), from + 1);
            });
            log.record(from, from + 1, Set.of(graphIri));
            counter.set(from + 1);
        } finally {
            refreshLock.unlock();
        }
    }

    private void refreshNow() {
        refreshLock.lock();
        try {
            refresh();
        } finally {
            refreshLock.unlock();
        }
    }

    /** Asks the endpoint for its counter and, when it moved, takes in the graphs whose revision changed. */
    private void refresh() {
        long started = System.nanoTime();
        long local = counter.get();
        if (endpoint.counter() == local) {
            checkedAt = started;
            return;
        }
        Model system = endpoint.fetch(CM.SYSTEM_GRAPH);
        Map<String, String> theirs = SystemGraph.revisions(system);
        Map<String, String> ours = Txn.calculateRead(replica, () -> SystemGraph.revisions(SystemGraph.of(replica)));
        Set<String> changed = new TreeSet<>();
        theirs.forEach((g, rev) -> { if (!rev.equals(ours.get(g))) changed.add(g); });
        ours.keySet().forEach(g -> { if (!theirs.containsKey(g)) changed.add(g); });
        Map<String, Model> fetched = new LinkedHashMap<>();
        for (String g : changed) if (theirs.containsKey(g)) fetched.put(g, endpoint.fetch(g));
        long next = SystemGraph.counter(system);
        Txn.executeWrite(replica, () -> {
            DatasetGraph dsg = replica.asDatasetGraph();
            for (String g : changed) {
                Node n = NodeFactory.createURI(g);
                dsg.removeGraph(n);
                Model m = fetched.get(g);
                if (m != null) m.getGraph().find().forEach(t -> dsg.add(n, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            Model records = SystemGraph.of(replica);
            records.removeAll();
            records.add(system);
        });
        log.record(local, next, changed);
        counter.set(next);
        checkedAt = started;
    }

    /** Copies every named graph of the endpoint into the (empty) replica. */
    private void loadAll() {
        long started = System.nanoTime();
        DatasetGraph all = endpoint.fetchAll().asDatasetGraph();
        long[] next = {0};
        Txn.executeWrite(replica, () -> {
            DatasetGraph dsg = replica.asDatasetGraph();
            all.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (q.isDefaultGraph()) return;
                if (q.getGraph().equals(SYSTEM)) dsg.getDefaultGraph().add(q.asTriple());
                else dsg.add(q);
            });
            next[0] = SystemGraph.counter(replica);
        });
        log.record(counter.get(), next[0], null);
        counter.set(next[0]);
        checkedAt = started;
    }

    /** The replica's raw dataset, for tests that compare it with the endpoint; callers open their own transaction. */
    Dataset replica() { return replica; }

    @Override
    public void close() {
        endpoint.close();
        replica.close();
    }
}
