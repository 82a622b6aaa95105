package org.cruxmap.server.sparql;

import java.util.List;
import org.apache.jena.sparql.core.DatasetDescription;

/** The dataset a request names with {@code default-graph-uri} / {@code named-graph-uri} (or the using- forms). */
public record ProtocolDataset(List<String> defaultGraphs, List<String> namedGraphs) {
    public static final ProtocolDataset NONE = new ProtocolDataset(List.of(), List.of());

    public ProtocolDataset {
        defaultGraphs = List.copyOf(defaultGraphs);
        namedGraphs = List.copyOf(namedGraphs);
    }

    /** True when the request named no graphs. */
    public boolean isEmpty() { return defaultGraphs.isEmpty() && namedGraphs.isEmpty(); }

    /** As a Jena dataset description. */
    public DatasetDescription description() { return DatasetDescription.create(defaultGraphs, namedGraphs); }
}
