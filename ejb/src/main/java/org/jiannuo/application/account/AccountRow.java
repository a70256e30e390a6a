package org.jiannuo.application.account;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A person of the roster as the accounts screen lists them, with their account if they have one. */
public record AccountRow(long personId, String name, String unitName, Long accountId, String username,
        AccountState state, LocalDateTime lastLoginAt) implements Serializable {
}
