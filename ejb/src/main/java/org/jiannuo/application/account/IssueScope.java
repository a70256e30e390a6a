package org.jiannuo.application.account;

import java.io.Serializable;
import java.util.List;

/**
 * Whom to issue accounts to: the people named, or else everyone under a unit, or else everyone the
 * caller keeps accounts for; in each case only those without an account yet.
 */
public record IssueScope(List<Long> personIds, Long unitId) implements Serializable {

    public IssueScope {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }

    public static IssueScope everyoneWithoutAccount() {
        return new IssueScope(List.of(), null);
    }
}
