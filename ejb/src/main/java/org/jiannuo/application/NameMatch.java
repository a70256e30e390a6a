package org.jiannuo.application;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jiannuo.domain.model.person.Person;

/**
 * A person's name that holds a given text anywhere in it ({@code LIKE '%text%'}), written so that the database
 * finds the candidates from an index where it can: on PostgreSQL, under row-level security, a {@code LIKE} of
 * that kind reads every person of the tenant (see {@link org.jiannuo.domain.model.person.PersonNameCharacter}).
 */
public interface NameMatch {

    Predicate contains(CriteriaBuilder cb, AbstractQuery<?> query, Root<Person> person, String text);
}
