package org.jiannuo.application.stars;

import jakarta.ejb.ApplicationException;

/** No such household, post, claim or photo in the star book, or none the caller may see: the two are not told apart. */
@ApplicationException(rollback = true)
public class StarBookNotFoundException extends RuntimeException {

    public StarBookNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
