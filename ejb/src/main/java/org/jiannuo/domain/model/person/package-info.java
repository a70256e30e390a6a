/**
 * People on a tenant's roster: {@link org.jiannuo.domain.model.person.Person} with the categories the rules depend on
 * (party status, leading-cadre level, village category), the {@link org.jiannuo.domain.model.person.IdCardNumber} that is
 * their natural key, their stays in units ({@link org.jiannuo.domain.model.person.Membership}), what an editor may change
 * ({@link org.jiannuo.domain.model.person.PersonProfile}) and their departure from the roster, which deletes nothing.
 * Stored through {@code PersonRepository}.
 */
package org.jiannuo.domain.model.person;
