package org.jiannuo.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Many ids cut into lists of a bounded size, one statement's IN list each: a county's thousand meetings read
 * together stay far below any driver's limit of parameters per statement.
 */
final class Chunks {

    /** Ids per statement when many rows are read together. */
    static final int IDS_PER_STATEMENT = 1000;

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> ids) {
        List<T> all = List.copyOf(ids);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT)));
        }
        return chunks;
    }
}
