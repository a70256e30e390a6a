package org.jiannuo.application.yearend;

import jakarta.ejb.ApplicationException;

/** No such campaign or branch evaluation, or none the caller may see: the two are not told apart. */
@ApplicationException(rollback = true)
public class EvaluationNotFoundException extends RuntimeException {

    public EvaluationNotFoundException(String what, long id) {
        super("Year-end " + what + " " + id + " not found");
    }
}
