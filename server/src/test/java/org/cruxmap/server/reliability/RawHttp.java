package org.cruxmap.server.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: no client normalises the path, refuses a
 * character or fixes a header. One request per connection.
 */
final class RawHttp {
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");

    /** What came back: the status (-1 when the server closed without answering) and the whole answer as Latin-1 text. */
    record Answer(int status, String text) {}

    private final int port;

    RawHttp(int port) { this.port = port; }

    /** Sends a request line, headers and a body (Content-Length added when a body is given and no length header is). */
    Answer send(String method, String target, byte[] body, String... headers) throws IOException {
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
        boolean length = false;
        for (String h : headers) {
            head.append(h).append("\r\n");
            if (h.regionMatches(true, 0, "Content-Length:", 0, 15) || h.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)) length = true;
        }
        if (body != null && !length) head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("\r\n");
        req.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) req.writeBytes(body);
        return exchange(req.toByteArray());
    }

    /** Writes the bytes as they are and reads until the server closes. */
    Answer exchange(byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException closedEarly) {
                // the server may answer (413, 400) and close before it has read everything
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[16384];
            try {
                for (int n; !complete(got) && (n = in.read(buf)) > 0; ) got.write(buf, 0, n);
            } catch (SocketException reset) {
                // a reset after (or instead of) an answer
            } catch (SocketTimeoutException hung) {
                throw new IOException("no answer within 30 s to " + firstLine(request));
            }
            String text = got.toString(StandardCharsets.ISO_8859_1);
            Matcher m = STATUS.matcher(text);
            return new Answer(m.find() ? Integer.parseInt(m.group(1)) : -1, text);
        }
    }

    /** True once a whole answer has arrived (some servers keep the connection open after answering, CONNECT for one). */
    private static boolean complete(ByteArrayOutputStream got) {
        String text = got.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) return false;
        Matcher m = LENGTH.matcher(text.substring(0, end));
        if (m.find()) return text.length() >= end + 4 + Long.parseLong(m.group(1));
        if (CHUNKED.matcher(text.substring(0, end)).find()) return text.endsWith("0\r\n\r\n");
        return text.startsWith("HTTP/1.1 304") || text.startsWith("HTTP/1.1 204");
    }

    private static final Pattern LENGTH = Pattern.compile("(?im)^Content-Length:\\s*(\\d+)");
    private static final Pattern CHUNKED = Pattern.compile("(?im)^Transfer-Encoding:\\s*chunked");

    static String firstLine(byte[] request) {
        String s = new String(request, 0, Math.min(request.length, 200), StandardCharsets.ISO_8859_1);
        int eol = s.indexOf('\r');
        return eol < 0 ? s : s.substring(0, eol);
    }
}
