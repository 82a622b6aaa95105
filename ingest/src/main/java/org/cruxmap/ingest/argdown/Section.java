package org.cruxmap.ingest.argdown;

/** A heading and what follows it up to the next heading of the same or a higher level. */
record Section(String title, int level, Section parent) {

    /** The heading path, outermost first, joined by " > ". */
    String path() { return parent == null ? title : parent.path() + " > " + title; }
}
