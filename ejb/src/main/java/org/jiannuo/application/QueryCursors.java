package org.jiannuo.application;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a query's rows in one forward pass through a database cursor, a batch of rows per round
 * trip, for exports that walk a whole result: neither the result nor ever larger offsets.
 */
public interface QueryCursors {

    /**
     * The rows of a query that selects several values, each as an array, read while the stream is
     * consumed. Only inside a transaction, which keeps the cursor open; closing the stream closes it.
     */
    Stream<Object[]> rows(Query query, int fetchSize);

    /**
     * A cursor's rows made into results a batch at a time, so that each batch can ask the database for what
     * its rows need (their rectifications, their counts) while the cursor stays open. Closing the result
     * closes the cursor.
     */
    static <T> Stream<T> inBatches(Stream<Object[]> rows, int size, Function<List<Object[]>, List<T>> batch) {
        Iterator<Object[]> cursor = rows.iterator();
        Iterator<List<T>> batches = new Iterator<>() {

            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public List<T> next() {
                List<Object[]> read = new ArrayList<>(size);
                while (read.size() < size && cursor.hasNext()) {
                    read.add(cursor.next());
                }
                return batch.apply(read);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
                .flatMap(List::stream).onClose(rows::close);
    }
}
