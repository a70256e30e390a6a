package org.jiannuo.application.ballot;

import jakarta.ejb.ApplicationException;

/** No such occasion, or none the caller may see: the two are not told apart. */
@ApplicationException(rollback = true)
public class OccasionNotFoundException extends RuntimeException {

    public OccasionNotFoundException(long id) {
        super("Ballot occasion " + id + " not found");
    }
}
