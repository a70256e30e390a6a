package org.jiannuo.application.summary;

import jakarta.ejb.ApplicationException;

/** No such bulletin, or none the caller may see: the two are not told apart. */
@ApplicationException(rollback = true)
public class BulletinNotFoundException extends RuntimeException {

    public BulletinNotFoundException(long id) {
        super("Bulletin " + id + " not found");
    }
}
