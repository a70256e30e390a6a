package org.jiannuo.application.account;

import jakarta.ejb.ApplicationException;

/** No such account, or none the caller may see: the two are not told apart. */
@ApplicationException(rollback = true)
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(long id) {
        super("No account " + id);
    }
}
