package org.jiannuo.application.account;

import java.io.Serializable;

/**
 * Filters of the accounts list: a unit and everything under it, a state, a name or username fragment.
 * Each may be null.
 */
public record AccountSearch(Long unitId, AccountState state, String text) implements Serializable {
}
