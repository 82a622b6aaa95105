package org.cruxmap.server.generate;

import java.io.IOException;

/** Where a generated map goes, record by record, in the order the generator makes them. */
interface MapSink extends AutoCloseable {
    void person(PersonRecord p) throws IOException;

    void source(SourceRecord s) throws IOException;

    /** A new heading; the statements after it belong to it. */
    void section(String heading) throws IOException;

    void statement(StatementRecord s) throws IOException;

    @Override
    void close() throws IOException;
}
