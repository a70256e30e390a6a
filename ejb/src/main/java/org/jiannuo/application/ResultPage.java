package org.jiannuo.application;

import java.util.List;

/** One page of a list the database paged, with the number of rows that match in all. */
public record ResultPage<T>(List<T> rows, long total) {
}
