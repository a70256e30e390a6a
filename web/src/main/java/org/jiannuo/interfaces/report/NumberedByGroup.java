package org.jiannuo.interfaces.report;

import java.util.Iterator;
import java.util.function.ToLongFunction;

/**
 * A report's lines made rows as they are read, numbered from 1 again in each group (each branch of a township's
 * report): the lines arrive group after group from a database cursor, so nothing is held but the current number.
 */
final class NumberedByGroup<L, R> implements Iterator<R> {

    /** Makes a line the report's row with its number in its group. */
    interface RowMaker<L, R> {
        R row(L line, int number);
    }

    private final Iterator<L> lines;
    private final ToLongFunction<L> group;
    private final RowMaker<L, R> maker;
    private long current;
    private int number;
    private boolean started;

    NumberedByGroup(Iterator<L> lines, ToLongFunction<L> group, RowMaker<L, R> maker) {
        this.lines = lines;
        this.group = group;
        this.maker = maker;
    }

    @Override
    public boolean hasNext() {
        return lines.hasNext();
    }

    @Override
    public R next() {
        L line = lines.next();
        long of = group.applyAsLong(line);
        if (!started || of != current) {
            started = true;
            current = of;
            number = 0;
        }
        return maker.row(line, ++number);
    }
}
