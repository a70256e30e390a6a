package org.jiannuo.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jiannuo.application.tenancy.CurrentTenant;

/**
 * How many people a search finds, kept per tenant until its roster changes. Paging through a list, and the
 * staff of a county asking for the same lists all day, need one count per roster change instead of one per page:
 * a count reads every matching person (a county's whole roster: 10 ms of the database's time on 2 cores, under
 * sixteen clients most of each request). A count is kept under the {@link RosterRevision} read before it, so it is
 * never older than that number: a change that commits meanwhile gives the roster a new number, under which the
 * count is made again. Every node of a cluster keeps its own, and reads the number from the database.
 */
@ApplicationScoped
public class RosterCounts {

    /** Searches kept per tenant: the staff's usual lists, with room for their filters; beyond it all are dropped. */
    static final int KEPT_PER_TENANT = 2_000;

    private final Map<String, Kept> byTenant = new ConcurrentHashMap<>();

    @Inject
    RosterRevision revision;

    @Inject
    CurrentTenant tenant;

    /**
     * The count of the people that this key's search finds in the current tenant, from {@code counter} unless kept.
     *
     * @param key everything the count depends on but the roster: the caller's scope and the search's filters
     */
    public long count(Object key, LongSupplier counter) {
        return kept(key, counter::getAsLong).orElseGet(counter::getAsLong);
    }

    /**
     * What {@code reader} counts for this key in the current tenant, read once per roster number; empty where the
     * roster has no number (H2), so that the caller can do without.
     *
     * @param key everything the counts depend on but the roster, and what they are; no two kinds share a key
     */
    public <T> Optional<T> kept(Object key, Supplier<T> reader) {
        OptionalLong now = revision.current();
        if (now.isEmpty()) {
            return Optional.empty();
        }
        long revisionNow = now.getAsLong();
        Kept kept = byTenant.compute(tenant.code(),
                (code, before) -> before != null && before.revision == revisionNow ? before : new Kept(revisionNow));
        @SuppressWarnings("unchecked")
        T known = (T) kept.counts.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        T read = reader.get();
        if (kept.counts.size() >= KEPT_PER_TENANT) {
            kept.counts.clear();
        }
        kept.counts.put(key, read);
        return Optional.of(read);
    }

    private record Kept(long revision, Map<Object, Object> counts) {

        Kept(long revision) {
            this(revision, new ConcurrentHashMap<>());
        }
    }
}
