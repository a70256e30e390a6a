/**
 * The roster: {@link org.jiannuo.application.people.PeopleDirectory} lists, reads and edits people within the caller's
 * scope, with searches filtered, sorted and paged by the database; transfers between branches keep the history
 * ({@link org.jiannuo.application.people.PersonTransfers}), departures end the stay and the posts
 * ({@link org.jiannuo.application.people.PersonDepartures}). A concurrent edit is refused, not overwritten.
 */
package org.jiannuo.application.people;
