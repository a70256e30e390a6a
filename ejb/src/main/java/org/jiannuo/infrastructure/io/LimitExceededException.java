package org.jiannuo.infrastructure.io;

import java.io.IOException;

/** A stream gave more bytes than it was allowed to. */
public final class LimitExceededException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public LimitExceededException(long limit) {
        super("more than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
