package org.cruxmap.server.index;

/** Told while the index is rebuilt from the store: nodes done so far out of the total. */
@FunctionalInterface
public interface IndexProgress {
    /** Silence. */
    IndexProgress NONE = (done, total) -> { };

    void indexed(long done, long total);
}
