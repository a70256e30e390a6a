package org.jiannuo.application;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * A text column that starts with a given text (a subtree's tree path, the first digits of an ID-card number),
 * written so that the database serves it from an index. A plain {@code LIKE 'prefix%'} is not enough on
 * PostgreSQL: the application's role is bound by row-level security, and PostgreSQL then keeps every
 * operator that is not leakproof, {@code LIKE} among them, out of the index conditions and tests it on every
 * row of the tenant instead.
 */
public interface PrefixMatch {

    Predicate startsWith(CriteriaBuilder cb, Expression<String> column, String prefix);
}
