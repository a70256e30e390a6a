package org.jiannuo.application.account;

import java.io.Serializable;

/**
 * An account just issued, or a password just reset, with its one-time password in clear: kept only
 * in memory until the login slips are printed and the mail is sent. The database holds only its hash.
 */
public record IssuedAccount(long personId, String name, String unitName, String username, String oneTimePassword,
        String email) implements Serializable {

    @Override
    public String toString() {
        return "IssuedAccount[" + username + "]";
    }
}
