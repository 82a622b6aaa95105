package org.cruxmap.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cruxmap.ingest.Diagnostic;

/**
 * Strict UTF-8 decoding for readers: a byte-order mark is dropped, CRLF and CR become LF, and the
 * first invalid byte sequence is an error at its line and column (code points, 1-based).
 */
public final class Utf8 {
    private Utf8() {}

    /** Decodes the bytes; on invalid UTF-8 the text is what came before the bad bytes. */
    public static DecodedText decode(byte[] bytes, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            String before = normalise(text);
            int[] at = Positions.endOf(before);
            return new DecodedText(before, Optional.of(Diagnostic.error("utf8", fileName, at[0], at[1],
                    "invalid UTF-8: byte 0x" + String.format("%02X", bytes[in.position()] & 0xff)
                            + " at byte offset " + in.position() + " does not start a valid UTF-8 sequence")));
        }
        return new DecodedText(normalise(text), Optional.empty());
    }

    /** Drops a leading byte-order mark and turns CRLF and lone CR into LF. */
    public static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') < 0) return t;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

}
