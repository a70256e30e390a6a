package org.jiannuo.application;

/**
 * The database's statistics of what tables hold, on which it plans its queries. After a bulk load
 * they still describe the tables as they were (empty, for a new county), and the planner then
 * picks nested loops over tables it thinks hold a row: whoever loads in bulk refreshes them.
 */
public interface TableStatistics {

    /** Refreshes the statistics of these tables, inside the caller's transaction if it has one. */
    void refresh(String... tables);
}
