package io.envoys.graphql.lean;

import java.io.ByteArrayOutputStream;

/** A response buffer that refuses to grow past a number of bytes, so an answer too large is never held whole. */
final class BoundedBuffer extends ByteArrayOutputStream {

    private final int maxBytes;

    BoundedBuffer(int initialBytes, int maxBytes) {
        super(Math.min(initialBytes, maxBytes));
        this.maxBytes = maxBytes;
    }

    @Override
    public void write(int b) {
        ensureRoom(1);
        super.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        ensureRoom(length);
        super.write(bytes, offset, length);
    }

    private void ensureRoom(int more) {
        if (count + more > maxBytes) {
            throw new TooLarge(maxBytes);
        }
    }

    /** The answer passed the limit; nothing more was buffered. */
    static final class TooLarge extends RuntimeException {

        private final int maxBytes;

        TooLarge(int maxBytes) {
            super("The answer grew past " + maxBytes + " bytes", null, false, false);
            this.maxBytes = maxBytes;
        }

        int maxBytes() {
            return maxBytes;
        }
    }
}
