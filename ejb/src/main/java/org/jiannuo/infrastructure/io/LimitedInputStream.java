package org.jiannuo.infrastructure.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until one more than the limit has been read, then fails, so that an
 * upload or a request body is refused while it is read instead of after it was held whole.
 * A stream of exactly the limit is read to its end. (Commons IO's {@code BoundedInputStream}
 * truncates silently or fires when the limit is reached, which would refuse a file of exactly
 * the allowed size.)
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long room = limit - count;
        int n = super.read(buffer, offset, room >= length ? length : (int) room + 1);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long room = limit - count;
        long skipped = super.skip(room >= n ? n : room + 1);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws LimitExceededException {
        count += n;
        if (count > limit) {
            throw new LimitExceededException(limit);
        }
    }
}
