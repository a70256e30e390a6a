package org.jiannuo.application.people;

import java.util.OptionalLong;

/**
 * A number of the current tenant's roster that changes whenever a change of what a people search counts commits
 * (a person's name, ID card, status, unit or departure; a unit's place in the tree), and is never given twice.
 */
public interface RosterRevision {

    /**
     * The roster's number as the caller's transaction sees it; empty where the database keeps none, and in a
     * transaction that has itself changed the roster, whose counts hold its changes before they are committed.
     */
    OptionalLong current();
}
