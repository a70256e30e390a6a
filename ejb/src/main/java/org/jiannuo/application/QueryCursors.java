package org.jiannuo.application;

import jakarta.persistence.Query;
import java.util.stream.Stream;

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
}
