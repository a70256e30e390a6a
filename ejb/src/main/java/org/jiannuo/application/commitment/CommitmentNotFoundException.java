package org.jiannuo.application.commitment;

import jakarta.ejb.ApplicationException;

/** No such commitment, or none the caller may see: the two are not told apart. */
@ApplicationException(rollback = true)
public class CommitmentNotFoundException extends RuntimeException {

    public CommitmentNotFoundException(long id) {
        super("Commitment " + id + " not found");
    }
}
