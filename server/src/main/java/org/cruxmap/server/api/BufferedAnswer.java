package org.cruxmap.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An answer written first into memory, so that an error found while writing (a timeout, a failure)
 * can still be answered with a proper status; past a threshold it streams to the client.
 */
final class BufferedAnswer extends OutputStream {
    private static final int THRESHOLD = 4 * 1024 * 1024;

    private final Context ctx;
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private OutputStream direct;

    BufferedAnswer(Context ctx) { this.ctx = ctx; }

    /** True once bytes went to the client (the status can no longer change). */
    boolean committed() { return direct != null; }

    @Override
    public void write(int b) throws IOException {
        if (direct != null) direct.write(b);
        else {
            buffer.write(b);
            spillIfLarge();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (direct != null) direct.write(b, off, len);
        else {
            buffer.write(b, off, len);
            spillIfLarge();
        }
    }

    private void spillIfLarge() throws IOException {
        if (buffer.size() < THRESHOLD) return;
        direct = ctx.outputStream();
        buffer.writeTo(direct);
        buffer = null;
    }

    /** Hands what was written to the client. */
    void finish() throws IOException {
        if (direct != null) direct.flush();
        else ctx.result(buffer.toByteArray());
    }
}
