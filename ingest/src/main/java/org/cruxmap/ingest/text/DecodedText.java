package org.cruxmap.ingest.text;

import java.util.Optional;
import org.cruxmap.ingest.Diagnostic;

/** Bytes decoded as UTF-8: the text with line endings normalised to LF, or the error that stopped it. */
public record DecodedText(String text, Optional<Diagnostic> error) {

    /** True when the bytes were valid UTF-8. */
    public boolean ok() { return error.isEmpty(); }
}
