package org.cruxmap.server.app;

/** A listener's share of a write the store has not committed yet: finished after the commit, or abandoned. */
@FunctionalInterface
public interface StagedWrite {
    /** The store committed the write: bring the derived state up to date with it. */
    void committed();

    /** The write did not land: drop whatever was prepared, leaving the derived state as it was. */
    default void abandoned() { }
}
