package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.jiannuo.application.LikePatterns;
import org.jiannuo.application.PrefixMatch;

/**
 * {@code starts_with()} on PostgreSQL, which is leakproof and which the planner turns into a range of a
 * pattern index ({@code varchar_pattern_ops}) also under row-level security; {@code LIKE 'prefix%'} on H2,
 * which serves it from an ordinary index.
 */
@ApplicationScoped
public class IndexedPrefixMatch implements PrefixMatch {

    @Inject
    DatabaseVendor databaseVendor;

    @Override
    public Predicate startsWith(CriteriaBuilder cb, Expression<String> column, String prefix) {
        if (databaseVendor.isPostgresql()) {
            return cb.isTrue(cb.function("starts_with", Boolean.class, column, cb.literal(prefix)));
        }
        return cb.like(column, LikePatterns.literal(prefix) + "%", LikePatterns.ESCAPE);
    }
}
