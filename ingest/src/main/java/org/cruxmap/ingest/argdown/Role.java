package org.cruxmap.ingest.argdown;

/** Where a statement occurrence stands: top level, in a relation, describing an argument, or in a pcs. */
enum Role {
    TOP_LEVEL, RELATION, ARGUMENT_DESCRIPTION, PREMISE, INTERMEDIARY_CONCLUSION, MAIN_CONCLUSION
}
