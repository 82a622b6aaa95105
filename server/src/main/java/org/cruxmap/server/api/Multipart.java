package org.cruxmap.server.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The parts of a multipart/form-data body, each with its own Content-Type (for Graph Store POSTs of several files). */
final class Multipart {
    private Multipart() {}

    /** One part: its media type (may be null), file name (may be null) and bytes. */
    record Part(String mediaType, String fileName, byte[] content) {}

    static List<Part> parse(byte[] body, String contentType) {
        String boundary = null;
        for (String p : contentType.split(";")) {
            String t = p.trim();
            if (t.regionMatches(true, 0, "boundary=", 0, 9)) boundary = t.substring(9).replace("\"", "");
        }
        if (boundary == null) throw ApiError.badRequest("malformed multipart body", "the Content-Type has no boundary");
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) throw ApiError.badRequest("malformed multipart body", "the boundary does not occur in the body");
        while (true) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') break;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, delimiter, start);
            if (headersEnd < 0 || next < 0 || headersEnd > next) throw ApiError.badRequest("malformed multipart body", "a part is not terminated");
            String headers = new String(body, start, headersEnd - start, StandardCharsets.ISO_8859_1);
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') end -= 2;
            byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, Math.max(end, headersEnd + 4));
            String type = null;
            String file = null;
            for (String h : headers.split("\r\n")) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) type = h.substring(13).split(";")[0].trim().toLowerCase(Locale.ROOT);
                int fn = lower.indexOf("filename=\"");
                if (fn >= 0) file = h.substring(fn + 10, h.indexOf('"', fn + 10));
            }
            parts.add(new Part(type, file, content));
            pos = next;
        }
        return parts;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
