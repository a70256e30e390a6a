package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.ResultSetConcurrency;
import org.eclipse.persistence.config.ResultSetType;
import org.eclipse.persistence.queries.ReportQueryResult;
import org.eclipse.persistence.queries.ScrollableCursor;
import org.jiannuo.application.QueryCursors;

/**
 * EclipseLink's scrollable cursor, forward only: PostgreSQL's driver then fetches {@code fetchSize}
 * rows at a time from a server-side cursor (a scrollable result set it would read whole), and H2
 * keeps a large result on disk. Nothing read is registered in the persistence context.
 */
@ApplicationScoped
public class EclipseLinkCursors implements QueryCursors {

    @Override
    public Stream<Object[]> rows(Query query, int fetchSize) {
        query.setHint(QueryHints.SCROLLABLE_CURSOR, HintValues.TRUE);
        query.setHint(QueryHints.RESULT_SET_TYPE, ResultSetType.ForwardOnly);
        query.setHint(QueryHints.RESULT_SET_CONCURRENCY, ResultSetConcurrency.ReadOnly);
        query.setHint(QueryHints.JDBC_FETCH_SIZE, fetchSize);
        ScrollableCursor cursor = (ScrollableCursor) query.getSingleResult();
        Iterator<Object[]> rows = new Iterator<>() {

            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Object[] next() {
                Object row = cursor.next();
                return row instanceof ReportQueryResult result ? result.toArray() : (Object[]) row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
                .onClose(cursor::close);
    }
}
