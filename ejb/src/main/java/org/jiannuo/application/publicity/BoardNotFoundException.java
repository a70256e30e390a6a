package org.jiannuo.application.publicity;

import jakarta.ejb.ApplicationException;

/**
 * Nothing public under this key: an unknown key, another tenant's, or something not (or no longer)
 * published. The cases are not told apart, so that the board confirms the existence of nothing.
 */
@ApplicationException(rollback = true)
public class BoardNotFoundException extends RuntimeException {

    public BoardNotFoundException() {
        super("Nothing public under this key");
    }
}
